namespace PartyFinance.Application.Authority;

/// <summary>
/// Persistence seam of sign-in passwords (table user_credentials, one row per user who has a
/// password). The failed-attempt count and the lockout end are stored, so a restart does not reset them.
/// </summary>
public interface ICredentialStore
{
    Task<StoredCredential?> FindAsync(string login, CancellationToken ct);

    /// <summary>Sets (or replaces) the password hash and clears the failed attempts and any lockout.</summary>
    Task SetPasswordAsync(string login, string passwordHash, DateTimeOffset at, CancellationToken ct);

    /// <summary>Adds one failed attempt in the database and returns the new count; locks until <paramref name="lockUntil"/> when the count reaches <paramref name="maxAttempts"/>.</summary>
    Task<int> RecordFailureAsync(string login, int maxAttempts, DateTimeOffset lockUntil, CancellationToken ct);

    /// <summary>A successful sign-in: failed attempts back to zero, lockout cleared.</summary>
    Task RecordSuccessAsync(string login, DateTimeOffset at, CancellationToken ct);
}

/// <summary>A user's stored password: the hash (ASP.NET Core Identity format), failures since the last success, and the lockout end.</summary>
public sealed record StoredCredential(string Login, string PasswordHash, int FailedAttempts, DateTimeOffset? LockedUntil, DateTimeOffset? LastSignIn);
