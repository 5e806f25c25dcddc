namespace PartyFinance.Domain.Ledger;

/// <summary>A posted line (bút toán chi tiết). Immutable; amount is positive whole đồng.</summary>
public sealed record Posting(
    int LineNo,
    string AccountCode,
    EntrySide Side,
    long Amount,
    bool IsOffBalance,
    string? FundSource,
    string? BudgetItem,
    string? Sector,
    string? Program,
    string? Counterparty)
{
    public long Debit => Side == EntrySide.Debit ? Amount : 0;

    public long Credit => Side == EntrySide.Credit ? Amount : 0;

    /// <summary>The same line on the other side: how a reversal cancels it.</summary>
    public Posting Mirror() => this with { Side = Side == EntrySide.Debit ? EntrySide.Credit : EntrySide.Debit };
}
