using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Reference;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Reference;

namespace PartyFinance.Infrastructure.Persistence;

/// <summary>
/// `db init`: applies the pending schema migrations, then loads the reference files and the
/// shipped default rule sets (db/authority beside the reference folder unless given). Idempotent.
/// </summary>
public sealed class DatabaseInitializer(DatabaseTarget target, TimeProvider clock) : IBooksSetup
{
    public async Task<bool> HasAdministratorAsync(DateOnly date, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        if (!await db.Database.CanConnectAsync(ct) || !(await db.Database.GetAppliedMigrationsAsync(ct)).Contains("20261122000002_Authority"))
        {
            return false;
        }

        return await db.RoleGrants.AnyAsync(g => g.Role == Domain.Authority.Role.Admin && g.ValidFrom <= date && (g.ValidTo == null || g.ValidTo >= date), ct);
    }

    public async Task<Result<InitReport>> RunAsync(string referenceFolder, string actor, CancellationToken ct, string? authorityFolder = null)
    {
        await using var db = target.CreateContext();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        if (pending.Count > 0)
        {
            await Audit.SchemaRecord.WriteAsync(target, db, pending, ct);
        }

        var loaded = await new ReferenceDataLoader(db).LoadAsync(referenceFolder, actor, clock.GetUtcNow(), ct);
        if (loaded.IsFailure)
        {
            return Result.Failure<InitReport>(loaded.Errors);
        }

        var folder = authorityFolder ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(referenceFolder).TrimEnd(Path.DirectorySeparatorChar))!, "authority");
        var rules = await new Authority.ShippedRuleSetLoader(target).LoadAsync(folder, actor, clock.GetUtcNow(), ct);
        if (rules.IsFailure)
        {
            return Result.Failure<InitReport>(rules.Errors);
        }

        var assetFolder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(referenceFolder).TrimEnd(Path.DirectorySeparatorChar))!, "assets");
        var classes = await new Assets.ShippedAssetClassLoader(target).LoadAsync(assetFolder, actor, clock.GetUtcNow(), ct);
        if (classes.IsFailure)
        {
            return Result.Failure<InitReport>(classes.Errors);
        }

        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        return Result.Success(new InitReport(pending, applied.Count > 0 ? applied[^1] : string.Empty, [.. loaded.Value, .. rules.Value, classes.Value]));
    }
}
