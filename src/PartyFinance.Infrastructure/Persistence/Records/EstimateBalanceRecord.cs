namespace PartyFinance.Infrastructure.Persistence.Records;

/// <summary>
/// Row of estimate_balances: debit and credit totals of one account line with fund source, item and sector, per unit, month,
/// voucher type and budget dimensions, kept in the posting transaction. The budget reads its
/// estimate and spending from here (EstimateAttribution), so budget and ledger are one book.
/// </summary>
public sealed class EstimateBalanceRecord
{
    public string UnitCode { get; set; } = string.Empty;

    public int Year { get; set; }

    public int Month { get; set; }

    public string AccountCode { get; set; } = string.Empty;

    public string FundSource { get; set; } = string.Empty;

    public string BudgetItem { get; set; } = string.Empty;

    public string Sector { get; set; } = string.Empty;

    public string TypeCode { get; set; } = string.Empty;

    public long Debit { get; set; }

    public long Credit { get; set; }
}
