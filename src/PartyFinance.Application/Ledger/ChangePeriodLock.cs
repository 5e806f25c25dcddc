using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;

namespace PartyFinance.Application.Ledger;

/// <summary>`period lock` / `period unlock`: each change is an event with who, when and (for unlocking) why.</summary>
public sealed class ChangePeriodLock(ILedgerStore store, AccessGuard access, TimeProvider clock)
{
    public Task<Result<PeriodEvent>> LockAsync(string unit, int year, int month, string actor, CancellationToken ct) =>
        RunAsync(actor, Permission.PeriodLock, unit, year, month, p => p.Lock(actor, clock.GetUtcNow()), ct);

    public Task<Result<PeriodEvent>> UnlockAsync(string unit, int year, int month, string? reason, string actor, CancellationToken ct) =>
        RunAsync(actor, Permission.PeriodUnlock, unit, year, month, p => p.Unlock(actor, clock.GetUtcNow(), reason), ct);

    private async Task<Result<PeriodEvent>> RunAsync(string actor, Permission permission, string unit, int year, int month, Func<AccountingPeriod, Result<PeriodEvent>> change, CancellationToken ct)
    {
        // The CLI reads a month that exists; the API takes year and month as numbers: a month 13 is refused here, not thrown.
        if (month is < 1 or > 12)
        {
            return new DomainError(LedgerErrors.BadPeriod, $"Tháng {month.ToString(System.Globalization.CultureInfo.InvariantCulture)} không có: tháng từ 1 đến 12.", "month");
        }

        if (year < VietnameseInput.EarliestDate.Year || year > VietnameseInput.LatestDate.Year)
        {
            return new DomainError(LedgerErrors.BadPeriod, $"Năm {year.ToString(System.Globalization.CultureInfo.InvariantCulture)} nằm ngoài khoảng {VietnameseInput.EarliestDate.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}–{VietnameseInput.LatestDate.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", "year");
        }

        var allowed = await access.CheckAsync(actor, permission, unit, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<PeriodEvent>(allowed.Errors);
        }

        await using var session = await store.BeginAsync(ct);
        if (!session.Catalog.UnitExists(unit))
        {
            return new DomainError(LedgerErrors.UnitUnknown, $"Đơn vị '{unit}' không tồn tại.", "unit");
        }

        // A month in which the unit did not exist (before it was founded, after it closed) has no books to lock.
        var life = session.Catalog.Units.First(u => u.Code == unit);
        var (first, last) = (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
        if (last < life.ValidFrom || (life.ValidTo is { } closed && first > closed))
        {
            var span = $"{VietnameseFormat.Date(life.ValidFrom)} – {(life.ValidTo is { } to ? VietnameseFormat.Date(to) : "nay")}";
            return new DomainError(LedgerErrors.PeriodOutsideUnitLife,
                $"Đơn vị '{unit}' không hoạt động trong tháng {VietnameseFormat.Month(year, month)} (hoạt động {span}), không có sổ để khóa hay mở khóa.", "month");
        }

        var period = await session.LoadPeriodAsync(unit, year, month, ct);
        var result = change(period);
        if (result.IsFailure)
        {
            return result;
        }

        await session.AppendPeriodEventAsync(period, result.Value, ct);
        await session.CommitAsync(null, ct);
        return result;
    }
}
