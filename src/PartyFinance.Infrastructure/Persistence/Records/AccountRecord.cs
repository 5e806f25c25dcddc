namespace PartyFinance.Infrastructure.Persistence.Records;

/// <summary>Row of accounts: one dated version of a chart-of-accounts entry.</summary>
public sealed class AccountRecord
{
    public string Code { get; set; } = string.Empty;

    public DateOnly ValidFrom { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? ParentCode { get; set; }

    public bool IsOffBalance { get; set; }

    public string RequiredDimensions { get; set; } = string.Empty;

    public DateOnly? ValidTo { get; set; }

    public string Source { get; set; } = string.Empty;

    public string Verified { get; set; } = string.Empty;
}
