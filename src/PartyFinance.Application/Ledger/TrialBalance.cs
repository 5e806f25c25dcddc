namespace PartyFinance.Application.Ledger;

/// <summary>The trial balance of a year: on-balance rows (whose sides must agree) and off-balance rows listed apart.</summary>
public sealed record TrialBalance(int Year, string? Unit, IReadOnlyList<TrialBalanceRow> OnBalance, IReadOnlyList<TrialBalanceRow> OffBalance)
{
    public long TotalOpeningDebit => OnBalance.Sum(r => r.OpeningDebit);

    public long TotalOpeningCredit => OnBalance.Sum(r => r.OpeningCredit);

    public long TotalDebit => OnBalance.Sum(r => r.Debit);

    public long TotalCredit => OnBalance.Sum(r => r.Credit);

    public long TotalClosingDebit => OnBalance.Sum(r => r.ClosingDebit);

    public long TotalClosingCredit => OnBalance.Sum(r => r.ClosingCredit);

    public static TrialBalance From(int year, string? unit, IEnumerable<AccountMovement> movements)
    {
        var rows = movements.OrderBy(m => m.Account, StringComparer.Ordinal).Select(TrialBalanceRow.From).ToList();
        return new TrialBalance(year, unit, rows.Where(r => !r.IsOffBalance).ToList(), rows.Where(r => r.IsOffBalance).ToList());
    }
}
