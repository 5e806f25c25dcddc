namespace PartyFinance.Infrastructure.Assets.Records;

/// <summary>
/// Row of tools (M0011): a tool's fixed description — unit, measure, the budget line it is funded from —
/// and its version. Quantities and values are not kept here: they are the tool's history (tool_events).
/// </summary>
public sealed class ToolRecord
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string UnitCode { get; set; } = string.Empty;

    public string Measure { get; set; } = string.Empty;

    public string FundSource { get; set; } = string.Empty;

    public string Autonomy { get; set; } = string.Empty;

    public string Sector { get; set; } = string.Empty;

    public string BudgetItem { get; set; } = string.Empty;

    public string? Location { get; set; }

    public int Version { get; set; }
}

/// <summary>Row of tool_events: one history entry of a tool, append-only.</summary>
public sealed class ToolEventRecord
{
    public string ToolCode { get; set; } = string.Empty;

    public int Seq { get; set; }

    public string Kind { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public int? Year { get; set; }

    public int Quantity { get; set; }

    public long Value { get; set; }

    public string? Custodian { get; set; }

    public string? Voucher { get; set; }

    public string? Reason { get; set; }

    public string By { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}
