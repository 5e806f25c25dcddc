namespace PartyFinance.Domain.Ledger;

/// <summary>
/// One line as entered: an account, exactly one of debit or credit (whole đồng) and its
/// dimensions. <see cref="Row"/> is the source row, so every refusal can point at it.
/// </summary>
public sealed record PostingDraft(
    string AccountCode,
    long Debit,
    long Credit,
    string? FundSource = null,
    string? BudgetItem = null,
    string? Sector = null,
    string? Program = null,
    string? Counterparty = null,
    int? Row = null)
{
    public string? DimensionValue(Dimension d) => d switch
    {
        Dimension.FundSource => FundSource,
        Dimension.BudgetItem => BudgetItem,
        Dimension.Sector => Sector,
        Dimension.Program => Program,
        Dimension.Counterparty => Counterparty,
        _ => throw new ArgumentOutOfRangeException(nameof(d), d, "Một chiều phân tích duy nhất."),
    };
}
