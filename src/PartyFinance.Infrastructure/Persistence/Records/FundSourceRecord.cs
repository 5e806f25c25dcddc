namespace PartyFinance.Infrastructure.Persistence.Records;

/// <summary>Row of fund_sources.</summary>
public sealed class FundSourceRecord
{
    public string Code { get; set; } = string.Empty;

    public DateOnly ValidFrom { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Funding { get; set; } = string.Empty;

    public DateOnly? ValidTo { get; set; }

    public string Source { get; set; } = string.Empty;

    public string Verified { get; set; } = string.Empty;
}
