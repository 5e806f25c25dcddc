namespace PartyFinance.Application.Common;

/// <summary>
/// Who acts and why, for the audit trail: one per operation (a CLI command, a web request), set by
/// the edge and the use case, read by the persistence layer when it records each change in the same
/// transaction as the change. <see cref="Reason"/> is what the person gave (a `--reason`), else null;
/// <see cref="Command"/> names the operation (e.g. "voucher import").
/// </summary>
public sealed class AuditContext(string actor, TimeProvider? clock = null)
{
    public string Actor { get; } = actor;

    /// <summary>When each change is recorded.</summary>
    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    public string? Command { get; set; }

    public string? Reason { get; set; }

    /// <summary>Changes made outside any operation (tests, maintenance code) are recorded as done by "system".</summary>
    public static AuditContext System => new("system");
}
