using PartyFinance.Application.Authority;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Assets;

/// <summary>
/// `asset class import` as a dry run: <see cref="ImportAssetClasses"/> itself — the permission, the parse against the reference,
/// the merge with the stored rows and its overlaps — in a unit of work that is always rolled back (<see cref="DryRun"/>), so the
/// whole error list or what would be added, replaced and kept is known before anything is stored.
/// </summary>
public sealed class CheckAssetClassImport(IAssetStore store, AssetReference reference, AccessGuard access)
{
    public Task<Result<ClassImportReport>> RunAsync(ImportFile file, string by, CancellationToken ct) =>
        new ImportAssetClasses(new CheckAssetImport.RolledBackAssets(store), reference, access).RunAsync(file, by, ct);
}
