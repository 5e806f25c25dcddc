namespace PartyFinance.Infrastructure.Persistence.Records;

/// <summary>Row of org_units: a dated organisation unit.</summary>
public sealed class UnitRecord
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public Domain.Organisation.UnitKind Kind { get; set; }

    public string? ParentCode { get; set; }

    public string Chapter { get; set; } = string.Empty;

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public string? SuccessorCode { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
