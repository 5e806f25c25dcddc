using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Ledger;

/// <summary>
/// A unit's accounting month. Locking stops postings dated in it; unlocking needs a reason. Every
/// change is kept as an event, so the history of who closed and reopened the books stays readable.
/// </summary>
public sealed class AccountingPeriod
{
    private readonly List<PeriodEvent> _events;

    private AccountingPeriod(string unitCode, int year, int month, IEnumerable<PeriodEvent> events)
    {
        UnitCode = unitCode;
        Year = year;
        Month = month;
        _events = events.OrderBy(e => e.At).ToList();
    }

    public string UnitCode { get; }

    public int Year { get; }

    public int Month { get; }

    public IReadOnlyList<PeriodEvent> Events => _events;

    public bool IsLocked => _events.Count > 0 && _events[^1].Action == PeriodAction.Lock;

    public static AccountingPeriod Open(string unitCode, int year, int month) =>
        month is < 1 or > 12 ? throw new ArgumentOutOfRangeException(nameof(month)) : new(unitCode, year, month, []);

    public static AccountingPeriod Restore(string unitCode, int year, int month, IEnumerable<PeriodEvent> events) =>
        new(unitCode, year, month, events);

    public Result<PeriodEvent> Lock(string by, DateTimeOffset at)
    {
        if (IsLocked)
        {
            return LedgerErrors.Error(LedgerErrors.PeriodAlreadyLocked,
                $"Kỳ {VietnameseFormat.Month(Year, Month)} của đơn vị '{UnitCode}' đã khóa sổ từ trước.", "month");
        }

        return Append(new PeriodEvent(PeriodAction.Lock, by, at, null));
    }

    public Result<PeriodEvent> Unlock(string by, DateTimeOffset at, string? reason)
    {
        if (!IsLocked)
        {
            return LedgerErrors.Error(LedgerErrors.PeriodNotLocked,
                $"Kỳ {VietnameseFormat.Month(Year, Month)} của đơn vị '{UnitCode}' chưa khóa sổ.", "month");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return LedgerErrors.Error(LedgerErrors.ReasonRequired, "Mở khóa sổ phải ghi rõ lý do.", "reason");
        }

        return Append(new PeriodEvent(PeriodAction.Unlock, by, at, reason.Trim()));
    }

    private Result<PeriodEvent> Append(PeriodEvent e)
    {
        _events.Add(e);
        return Result.Success(e);
    }
}
