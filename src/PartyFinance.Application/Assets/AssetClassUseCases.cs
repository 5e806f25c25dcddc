using PartyFinance.Application.Authority;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Assets;

/// <summary>What `asset class import` changed.</summary>
public sealed record ClassImportReport(int Rows, int Added, int Replaced, int Unchanged);

/// <summary>
/// `asset class import &lt;classes.csv&gt;`: a row replaces the stored row of the same class and
/// valid_from, or is added; the merged table must still give one row per class and year. A
/// corrected rate table is a one-file import. All or nothing.
/// </summary>
public sealed class ImportAssetClasses(IAssetStore store, AssetReference reference, AccessGuard access)
{
    public async Task<Result<ClassImportReport>> RunAsync(ImportFile file, string by, CancellationToken ct)
    {
        var allowed = await access.CheckAsync(by, Permission.AssetClassImport, (string?)null, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<ClassImportReport>(allowed.Errors);
        }

        var read = AssetReferenceFiles.ReadClasses(file.OpenText(), null, reference);
        if (read.IsFailure)
        {
            return Result.Failure<ClassImportReport>(read.Errors);
        }

        return await store.InWorkAsync(async work =>
        {
            var stored = (await store.ClassesAsync(ct)).ToDictionary(c => (c.Code.ToUpperInvariant(), c.ValidFrom));
            int added = 0, replaced = 0, same = 0;
            foreach (var c in read.Value)
            {
                var key = (c.Code.ToUpperInvariant(), c.ValidFrom);
                if (!stored.TryGetValue(key, out var old))
                {
                    added++;
                }
                else if (old == c)
                {
                    same++;
                }
                else
                {
                    replaced++;
                }

                stored[key] = c;
            }

            var merged = stored.Values.OrderBy(c => c.Code, StringComparer.Ordinal).ThenBy(c => c.ValidFrom).ToList();
            var overlaps = AssetReferenceFiles.Overlaps(merged).ToList();
            if (overlaps.Count > 0)
            {
                return Result.Failure<ClassImportReport>(overlaps);
            }

            await work.ReplaceClassesAsync(merged, ct);
            return Result.Success(new ClassImportReport(read.Value.Count, added, replaced, same));
        }, ct);
    }
}

/// <summary>`asset class list [--year Y]`: the classes in force in a year, or every dated row.</summary>
public sealed class ListAssetClasses(IAssetStore store)
{
    public async Task<IReadOnlyList<FixedAssetClass>> RunAsync(int? year, CancellationToken ct) =>
        (await store.ClassesAsync(ct)).Where(c => year is not { } y || c.IsValidIn(y)).OrderBy(c => c.Code, StringComparer.Ordinal).ThenBy(c => c.ValidFrom).ToList();
}
