namespace PartyFinance.Application.Audit;

/// <summary>
/// The audit trail: `audit verify` checks every chain and the posted vouchers and triggers against it;
/// `audit log` lists it (streamed, oldest first).
/// </summary>
public interface IAuditTrail
{
    Task<AuditVerification> VerifyAsync(string? unit, int? year, CancellationToken ct);

    IAsyncEnumerable<AuditEntry> LogAsync(AuditLogFilter filter, CancellationToken ct);

    /// <summary>
    /// `audit reseal`: records the schema's current trigger fingerprint when it differs from the recorded one only in object
    /// identities (ids a restore or a re-creation gives), never when a definition, a table or an enabled flag differs.
    /// </summary>
    Task<Domain.Common.Result<ResealReport>> ResealAsync(CancellationToken ct);
}

/// <summary>The items whose identity was renewed (empty: the fingerprint already matched and nothing was written).</summary>
public sealed record ResealReport(IReadOnlyList<string> Renewed);

/// <summary>One thing `audit verify` found: the table, the row's key, and what happened (changed, missing, inserted).</summary>
public sealed record AuditProblem(string Table, string Key, string Kind);

public sealed record AuditVerification(IReadOnlyList<AuditProblem> Problems, long Events, int Chains, long Vouchers)
{
    public bool Ok => Problems.Count == 0;
}

/// <summary>`audit log` filters: user (the acting login), unit (the chain), dates (Vietnam time, inclusive), kind (the event kind or the table).</summary>
public sealed record AuditLogFilter(string? User, string? Unit, DateOnly? From, DateOnly? To, string? Kind);

/// <summary>One row of the trail. <see cref="Unit"/> is empty for province-wide changes; before/after are canonical JSON objects.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string? Command, string Kind, string Table, string Key, string Unit, int Year,
    string? Before, string? After, string? Reason, string Hash);

/// <summary>`db backup` / `db restore` of a SQLite database (PostgreSQL: pg_dump / pg_restore, see the README).</summary>
public interface IDatabaseBackup
{
    Task<Domain.Common.Result<string>> BackupAsync(string file, CancellationToken ct);

    Task<Domain.Common.Result<AuditVerification>> RestoreAsync(string file, CancellationToken ct);
}
