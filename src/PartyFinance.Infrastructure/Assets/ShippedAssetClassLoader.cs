using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Assets;
using PartyFinance.Application.Common;
using PartyFinance.Application.Reference;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Persistence.Records;

namespace PartyFinance.Infrastructure.Assets;

/// <summary>
/// `db init` loads db/assets/asset-classes.csv into asset_classes: each shipped row replaces the
/// stored row of the same class and valid_from or is added (rows an `asset class import` added stay).
/// The file is recorded in reference_files as "assets/asset-classes.csv"; an unchanged file is skipped.
/// </summary>
public sealed class ShippedAssetClassLoader(DatabaseTarget target)
{
    public const string ClassFile = "asset-classes.csv";

    public async Task<Result<ReferenceFile>> LoadAsync(string folder, string actor, DateTimeOffset now, CancellationToken ct)
    {
        var path = Path.Combine(folder, ClassFile);
        if (!File.Exists(path))
        {
            return new DomainError(ImportErrors.FileNotFound, $"Không tìm thấy danh mục loại tài sản '{path}'.", "assets");
        }

        var reference = AssetReferenceFiles.LoadDirectory(folder);
        if (reference.IsFailure)
        {
            return Result.Failure<ReferenceFile>(reference.Errors);
        }

        const string name = "assets/" + ClassFile;
        var sha = FileDigest.Sha256(path);
        await using var db = target.CreateContext();
        var known = await db.ReferenceFiles.AsTracking().FirstOrDefaultAsync(f => f.FileName == name, ct);
        if (known?.Sha256 == sha)
        {
            return Result.Success(new ReferenceFile(name, known.Rows, false));
        }

        using var content = CsvReader.OpenText(File.OpenRead(path), name);
        var classes = AssetReferenceFiles.ReadClasses(content, name, reference.Value);
        if (classes.IsFailure)
        {
            return Result.Failure<ReferenceFile>(classes.Errors);
        }

        var stored = await db.AssetClasses.AsTracking().ToListAsync(ct);
        foreach (var c in classes.Value)
        {
            var record = AssetMapping.ToRecord(c);
            if (stored.FirstOrDefault(s => s.Code == c.Code && s.ValidFrom == c.ValidFrom) is { } old)
            {
                db.Entry(old).CurrentValues.SetValues(record);
            }
            else
            {
                db.AssetClasses.Add(record);
            }
        }

        if (known is null)
        {
            db.ReferenceFiles.Add(new ReferenceFileRecord { FileName = name, Sha256 = sha, Rows = classes.Value.Count, LoadedBy = actor, LoadedAt = now });
        }
        else
        {
            (known.Sha256, known.Rows, known.LoadedBy, known.LoadedAt) = (sha, classes.Value.Count, actor, now);
        }

        await db.SaveChangesAsync(ct);
        return Result.Success(new ReferenceFile(name, classes.Value.Count, true));
    }
}
