using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Authority;
using PartyFinance.Infrastructure.Authority.Records;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Persistence.Audit;

namespace PartyFinance.Infrastructure.Authority;

/// <summary>EF Core store of user_credentials. The failed-attempt count is incremented by the database (one UPDATE), so concurrent wrong passwords all count.</summary>
public sealed class CredentialStore(DatabaseTarget target) : ICredentialStore
{
    public async Task<StoredCredential?> FindAsync(string login, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        var row = await db.Set<CredentialRecord>().FirstOrDefaultAsync(c => c.Login == login, ct);
        return row is null ? null : new StoredCredential(row.Login, row.PasswordHash, row.FailedAttempts, row.LockedUntil, row.LastSignIn);
    }

    public async Task SetPasswordAsync(string login, string passwordHash, DateTimeOffset at, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        var changed = await db.AuditedAsync(db.Set<CredentialRecord>().Where(c => c.Login == login), q => q.ExecuteUpdateAsync(s => s
            .SetProperty(c => c.PasswordHash, passwordHash).SetProperty(c => c.FailedAttempts, 0)
            .SetProperty(c => c.LockedUntil, (DateTimeOffset?)null).SetProperty(c => c.ChangedAt, at), ct), ct);
        if (changed == 0)
        {
            db.Add(new CredentialRecord { Login = login, PasswordHash = passwordHash, ChangedAt = at });
        }

        // Writes the new row, or the audit row of the changed one (the hash itself is never recorded).
        await db.SaveChangesAsync(ct);
    }

    public async Task<int> RecordFailureAsync(string login, int maxAttempts, DateTimeOffset lockUntil, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var rows = db.Set<CredentialRecord>().Where(c => c.Login == login);
        await rows.ExecuteUpdateAsync(s => s.SetProperty(c => c.FailedAttempts, c => c.FailedAttempts + 1), ct);
        var count = await rows.Select(c => c.FailedAttempts).FirstOrDefaultAsync(ct);
        if (count >= maxAttempts)
        {
            await rows.ExecuteUpdateAsync(s => s.SetProperty(c => c.LockedUntil, lockUntil).SetProperty(c => c.FailedAttempts, 0), ct);
        }

        await tx.CommitAsync(ct);
        return count;
    }

    public async Task RecordSuccessAsync(string login, DateTimeOffset at, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        await db.Set<CredentialRecord>().Where(c => c.Login == login).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.FailedAttempts, 0).SetProperty(c => c.LockedUntil, (DateTimeOffset?)null).SetProperty(c => c.LastSignIn, at), ct);
    }
}
