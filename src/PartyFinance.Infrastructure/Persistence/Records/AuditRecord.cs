namespace PartyFinance.Infrastructure.Persistence.Records;

/// <summary>Row of audit_log: a change to master data, who, when and what.</summary>
public sealed class AuditRecord
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string ChangedBy { get; set; } = string.Empty;

    public string Entity { get; set; } = string.Empty;

    public string EntityKey { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string Detail { get; set; } = string.Empty;
}
