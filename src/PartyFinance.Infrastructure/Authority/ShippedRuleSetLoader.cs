using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Common;
using PartyFinance.Application.Reference;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Persistence.Records;
using PartyFinance.Infrastructure.Reference;

namespace PartyFinance.Infrastructure.Authority;

/// <summary>
/// `db init` loads the shipped default rule sets (every *.csv of db/authority: the asset
/// delegation sets and the sample spending regulation, all marked unverified) through
/// <see cref="ImportRuleSets"/>, like `authority import`. A file whose SHA-256 is already
/// recorded (reference_files, as "authority/&lt;file&gt;") is skipped, so running it again changes nothing.
/// </summary>
public sealed class ShippedRuleSetLoader(DatabaseTarget target)
{
    /// <summary>The permission matrix beside the rule sets in db/authority.</summary>
    public const string PermissionsFile = "permissions.csv";

    public async Task<Result<IReadOnlyList<ReferenceFile>>> LoadAsync(string folder, string actor, DateTimeOffset now, CancellationToken ct)
    {
        var results = new List<ReferenceFile>();
        if (!Directory.Exists(folder))
        {
            return new DomainError(ImportErrors.FileNotFound, $"Không tìm thấy thư mục bộ quy tắc phân cấp '{folder}'.", "authority");
        }

        foreach (var path in Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            if (string.Equals(Path.GetFileName(path), PermissionsFile, StringComparison.OrdinalIgnoreCase))
            {
                continue; // who may do what, read by the composition root; not a rule set
            }

            var name = "authority/" + Path.GetFileName(path);
            var sha = FileDigest.Sha256(path);
            await using var db = target.CreateContext();
            var known = await db.ReferenceFiles.AsTracking().FirstOrDefaultAsync(f => f.FileName == name, ct);
            if (known?.Sha256 == sha)
            {
                results.Add(new ReferenceFile(name, known.Rows, false));
                continue;
            }

            var imported = await ImportRuleSets.LoadShippedAsync(new AuthorityStore(target), path, ct);
            if (imported.IsFailure)
            {
                return Result.Failure<IReadOnlyList<ReferenceFile>>(imported.Errors.Select(e => e with { Message = name + ": " + e.Message }).ToList());
            }

            var rules = imported.Value.Sum(s => s.Rules.Count);
            if (known is null)
            {
                db.ReferenceFiles.Add(new ReferenceFileRecord { FileName = name, Sha256 = sha, Rows = rules, LoadedBy = actor, LoadedAt = now });
            }
            else
            {
                (known.Sha256, known.Rows, known.LoadedBy, known.LoadedAt) = (sha, rules, actor, now);
            }

            await db.SaveChangesAsync(ct);
            results.Add(new ReferenceFile(name, rules, true));
        }

        return Result.Success<IReadOnlyList<ReferenceFile>>(results);
    }
}
