using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Assets;

/// <summary>
/// The unit of work of the asset and tools registers: one transaction that first takes the ledger's
/// posting lock (through the joined ledger session), runs the work, and commits the session's vouchers
/// with the register's changes — or rolls everything back when the work refuses.
/// </summary>
internal static class RegisterWork
{
    public static async Task<Result<T>> RunAsync<TWork, T>(DatabaseTarget target, TimeProvider clock, Func<PartyFinanceDbContext, LedgerSession, TWork> open,
        Func<TWork, bool> posted, Func<TWork, Task<Result<T>>> work, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await using var session = await LedgerSession.JoinAsync(db, tx, target, clock, ct);
        var unit = open(db, session);
        var result = await work(unit);
        if (result.IsFailure)
        {
            await tx.RollbackAsync(ct);
            return result;
        }

        if (posted(unit))
        {
            await session.CommitAsync(null, ct);
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return result;
    }
}
