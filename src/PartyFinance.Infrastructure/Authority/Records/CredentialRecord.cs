namespace PartyFinance.Infrastructure.Authority.Records;

/// <summary>Row of user_credentials: a user's password hash and the persisted lockout counters (M0012).</summary>
public sealed class CredentialRecord
{
    public string Login { get; set; } = string.Empty;

    public string PasswordHash { get; set; } = string.Empty;

    public int FailedAttempts { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public DateTimeOffset? LastSignIn { get; set; }
}
