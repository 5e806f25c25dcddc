namespace PartyFinance.Infrastructure.Persistence.Records;

/// <summary>Row of audit_events: one state change (or one batch of posted vouchers), chained per unit and year.</summary>
public sealed class AuditEventRecord
{
    public long Id { get; set; }

    /// <summary>The unit whose chain holds the row; empty for province-wide changes (users, rule sets, schema).</summary>
    public string ChainUnit { get; set; } = string.Empty;

    public int ChainYear { get; set; }

    /// <summary>1, 2, 3 … within the chain.</summary>
    public long Seq { get; set; }

    public DateTimeOffset At { get; set; }

    public string Actor { get; set; } = string.Empty;

    public string? Command { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string TableName { get; set; } = string.Empty;

    public string EntityKey { get; set; } = string.Empty;

    public string? BeforeJson { get; set; }

    public string? AfterJson { get; set; }

    public string? Reason { get; set; }

    public string PrevHash { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;
}
