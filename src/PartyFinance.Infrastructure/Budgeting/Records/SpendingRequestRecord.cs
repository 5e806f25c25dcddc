namespace PartyFinance.Infrastructure.Budgeting.Records;

/// <summary>Row of spending_requests: a request's current state; its history is in spending_events.</summary>
public sealed class SpendingRequestRecord
{
    public long Id { get; set; }

    public string UnitCode { get; set; } = string.Empty;

    public int Year { get; set; }

    public string FundSource { get; set; } = string.Empty;

    public Domain.Budgeting.Autonomy Autonomy { get; set; }

    public string Sector { get; set; } = string.Empty;

    public string BudgetItem { get; set; } = string.Empty;

    public bool CarriedOver { get; set; }

    public long Amount { get; set; }

    public string Purpose { get; set; } = string.Empty;

    public string? Payee { get; set; }

    public Domain.Budgeting.SpendingNature Nature { get; set; }

    public DateOnly? ContractSignedOn { get; set; }

    public long? PlanId { get; set; }

    public string? PlanMonth { get; set; }

    public Domain.Budgeting.SpendingStatus Status { get; set; }

    public string? VoucherNo { get; set; }

    public long? SettledAmount { get; set; }

    /// <summary>The approval request carrying the signatures (M0004); null for a draft.</summary>
    public Guid? ApprovalId { get; set; }

    /// <summary>The asset the request buys (M0009): code, name, class, location, custodian; null when it buys none.</summary>
    public string? AssetCode { get; set; }

    public string? AssetName { get; set; }

    public string? AssetClass { get; set; }

    public string? AssetLocation { get; set; }

    public string? AssetCustodian { get; set; }

    /// <summary>A request buying a tool below the threshold (M0011): quantity and measure received; null otherwise.</summary>
    public int? ToolQuantity { get; set; }

    public string? ToolMeasure { get; set; }
}
