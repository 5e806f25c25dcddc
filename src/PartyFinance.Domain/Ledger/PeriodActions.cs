using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Ledger;

/// <summary>Codes (JSON, period_events.action) and Vietnamese names of <see cref="PeriodAction"/>.</summary>
public static class PeriodActions
{
    public static readonly CodeTable<PeriodAction> Table = new(
        (PeriodAction.Lock, "lock", "khóa sổ"),
        (PeriodAction.Unlock, "unlock", "mở khóa sổ"));

    public static IEnumerable<string> Codes => Table.Codes;

    public static string Code(this PeriodAction value) => Table.Code(value);

    public static string VietnameseName(this PeriodAction value) => Table.Name(value);

    public static bool TryParse(string? code, out PeriodAction value) => Table.TryParse(code, out value);
}
