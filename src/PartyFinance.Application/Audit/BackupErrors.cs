namespace PartyFinance.Application.Audit;

/// <summary>Stable codes of `db backup` / `db restore` refusals.</summary>
public static class BackupErrors
{
    public const string NotSqlite = "db.backup-not-sqlite";
    public const string Exists = "db.backup-exists";
    public const string NotFound = "db.restore-not-found";
    public const string NotPartyFinance = "db.restore-not-partyfinance";
    public const string NotVerified = "db.restore-not-verified";
    public const string NotAdministrator = "db.restore-not-admin";
    public const string ResealChanged = "audit.reseal-definition-changed";
    public const string ResealNoFingerprint = "audit.reseal-no-fingerprint";
    public const string ReasonRequired = "audit.reason-required";
}
