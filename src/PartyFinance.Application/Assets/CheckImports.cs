using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Assets;

/// <summary>
/// `asset import` as a dry run: <see cref="ImportAssets"/> itself — the parse, the permission, the codes already on the register,
/// the ledger's opening balances and the opening vouchers — in a unit of work that is always rolled back (<see cref="DryRun"/>),
/// so the whole error list or what would be stored (rows, cost and wear per unit) is known before anything is stored.
/// </summary>
public sealed class CheckAssetImport(IAssetStore store, AssetReference reference, PostingRuleBook book, IBudgetStore budget, AccessGuard access, TimeProvider clock)
{
    public Task<Result<AssetImportReport>> RunAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        new ImportAssets(new RolledBackAssets(store), reference, book, budget, access, clock).RunAsync(file, date, by, ct);

    internal sealed class RolledBackAssets(IAssetStore inner) : IAssetStore
    {
        public Task<IReadOnlyList<FixedAssetClass>> ClassesAsync(CancellationToken ct) => inner.ClassesAsync(ct);

        public Task<FixedAsset?> FindAsync(string code, CancellationToken ct) => inner.FindAsync(code, ct);

        public Task<IReadOnlyList<FixedAsset>> FindAllAsync(string code, CancellationToken ct) => inner.FindAllAsync(code, ct);

        public Task<IReadOnlyList<FixedAsset>> ListAsync(string? unit, CancellationToken ct) => inner.ListAsync(unit, ct);

        public Task EachAsync(string? unit, Action<FixedAsset> each, CancellationToken ct) => inner.EachAsync(unit, each, ct);

        public Task<IReadOnlyList<AssetActionRequest>> ActionsAsync(string code, CancellationToken ct) => inner.ActionsAsync(code, ct);

        public Task<IReadOnlyList<string>> UnitsAsync(CancellationToken ct) => inner.UnitsAsync(ct);

        public Task<Result<T>> InWorkAsync<T>(Func<IAssetWork, Task<Result<T>>> work, CancellationToken ct) =>
            DryRun.RollBackAsync<IAssetWork, T>(w => inner.InWorkAsync(w, ct), work);
    }
}

/// <summary>`tool import` as a dry run: <see cref="ImportTools"/> itself in a unit of work that is always rolled back (<see cref="DryRun"/>).</summary>
public sealed class CheckToolImport(IToolStore store, AssetReference reference, PostingRuleBook book, AccessGuard access, TimeProvider clock)
{
    public Task<Result<ToolImportReport>> RunAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        new ImportTools(new RolledBackTools(store), reference, book, access, clock).RunAsync(file, date, by, ct);

    private sealed class RolledBackTools(IToolStore inner) : IToolStore
    {
        public Task<Tool?> FindAsync(string code, CancellationToken ct) => inner.FindAsync(code, ct);

        public Task<IReadOnlyList<Tool>> ListAsync(string? unit, CancellationToken ct) => inner.ListAsync(unit, ct);

        public Task<Result<T>> InWorkAsync<T>(Func<IToolWork, Task<Result<T>>> work, CancellationToken ct) =>
            DryRun.RollBackAsync<IToolWork, T>(w => inner.InWorkAsync(w, ct), work);
    }
}
