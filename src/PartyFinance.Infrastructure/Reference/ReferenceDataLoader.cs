using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Common;
using PartyFinance.Application.Reference;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Persistence.Records;

namespace PartyFinance.Infrastructure.Reference;

/// <summary>
/// Loads the versioned reference files in db/reference into their tables. Rows are keyed by code
/// (and kind) + valid_from, so a new legal version is a new row beside the old one. A file whose
/// hash is already recorded is skipped: running `db init` twice changes nothing.
/// </summary>
public sealed class ReferenceDataLoader(PartyFinanceDbContext db)
{
    public async Task<Result<IReadOnlyList<ReferenceFile>>> LoadAsync(string folder, string actor, DateTimeOffset now, CancellationToken ct)
    {
        var results = new List<ReferenceFile>();
        var errors = new List<DomainError>();
        foreach (var (file, columns, apply) in Files())
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                errors.Add(new DomainError(ImportErrors.FileNotFound, $"Không tìm thấy tệp dữ liệu danh mục '{path}'.", file));
                continue;
            }

            var sha = FileDigest.Sha256(path);
            var known = await db.ReferenceFiles.AsTracking().FirstOrDefaultAsync(f => f.FileName == file, ct);
            if (known?.Sha256 == sha)
            {
                results.Add(new ReferenceFile(file, known.Rows, false));
                continue;
            }

            var rows = new List<(int Row, Func<string, string> Get)>();
            await using (var stream = File.OpenRead(path))
            {
                using var reader = new CsvReader(stream);
                var header = CsvHeader.Read(reader, columns, []);
                if (header.IsFailure)
                {
                    errors.AddRange(header.Errors.Select(e => e with { Message = file + ": " + e.Message }));
                    continue;
                }

                while (reader.ReadRecord() is { } rec)
                {
                    var copy = rec.ToArray();
                    rows.Add((reader.Row, col => header.Value.Get(copy, col)));
                }
            }

            var before = errors.Count;
            var fileErrors = new List<DomainError>();
            await apply(rows, fileErrors, ct);
            errors.AddRange(fileErrors.Select(e => e with { Message = file + ": " + e.Message }));
            if (errors.Count > before)
            {
                continue;
            }

            if (known is null)
            {
                db.ReferenceFiles.Add(new ReferenceFileRecord { FileName = file, Sha256 = sha, Rows = rows.Count, LoadedBy = actor, LoadedAt = now });
            }
            else
            {
                (known.Sha256, known.Rows, known.LoadedBy, known.LoadedAt) = (sha, rows.Count, actor, now);
            }

            results.Add(new ReferenceFile(file, rows.Count, true));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<IReadOnlyList<ReferenceFile>>(errors);
        }

        await db.SaveChangesAsync(ct);
        return Result.Success<IReadOnlyList<ReferenceFile>>(results);
    }

    private delegate Task Apply(List<(int Row, Func<string, string> Get)> rows, List<DomainError> errors, CancellationToken ct);

    private IEnumerable<(string File, string[] Columns, Apply Apply)> Files()
    {
        yield return ("accounts.csv", ["code", "name", "parent", "kind", "required_dimensions", "valid_from", "valid_to", "source", "verified"], LoadAccounts);
        yield return ("budget-classification.csv", ["kind", "code", "name", "parent", "valid_from", "valid_to", "source", "verified"], LoadBudgetCodes);
        yield return ("fund-sources.csv", ["code", "name", "funding", "valid_from", "valid_to", "source", "verified"], LoadFundSources);
        yield return ("voucher-types.csv", ["code", "name", "valid_from", "valid_to", "source", "verified"], LoadVoucherTypes);
    }

    private async Task LoadAccounts(List<(int Row, Func<string, string> Get)> rows, List<DomainError> errors, CancellationToken ct)
    {
        var existing = await db.Accounts.AsTracking().ToDictionaryAsync(a => (a.Code, a.ValidFrom), ct);
        foreach (var (row, get) in rows)
        {
            var from = Values.Date(get("valid_from"), "valid_from", row, errors);
            var to = Values.Date(get("valid_to"), "valid_to", row, errors, required: false);
            var dims = Dimensions.Parse(get("required_dimensions"), out var unknown);
            errors.AddRange(unknown.Select(u => new DomainError(ImportErrors.BadValue, $"Chiều phân tích '{u}' không hợp lệ.", "required_dimensions", row)));
            var kind = get("kind");
            if (kind is not ("on-balance" or "off-balance"))
            {
                errors.Add(new DomainError(ImportErrors.BadValue, $"Loại tài khoản '{kind}' phải là on-balance hoặc off-balance.", "kind", row));
            }

            if (from is null || errors.Count > 0)
            {
                continue;
            }

            if (!existing.TryGetValue((get("code"), from.Value), out var r))
            {
                r = new AccountRecord { Code = get("code"), ValidFrom = from.Value };
                db.Accounts.Add(r);
                existing[(r.Code, r.ValidFrom)] = r;
            }

            (r.Name, r.ParentCode, r.IsOffBalance, r.RequiredDimensions, r.ValidTo, r.Source, r.Verified) =
                (get("name"), Values.Optional(get("parent")), kind == "off-balance", Dimensions.Format(dims), to, get("source"), get("verified"));
        }
    }

    private async Task LoadBudgetCodes(List<(int Row, Func<string, string> Get)> rows, List<DomainError> errors, CancellationToken ct)
    {
        var existing = await db.BudgetCodes.AsTracking().ToDictionaryAsync(a => (a.Kind, a.Code, a.ValidFrom), ct);
        string[] kinds = ["chapter", "sector-group", "sector", "item", "sub-item"];
        foreach (var (row, get) in rows)
        {
            var from = Values.Date(get("valid_from"), "valid_from", row, errors);
            var to = Values.Date(get("valid_to"), "valid_to", row, errors, required: false);
            if (!kinds.Contains(get("kind")))
            {
                errors.Add(new DomainError(ImportErrors.BadValue, $"Loại mã '{get("kind")}' không hợp lệ.", "kind", row));
            }

            if (from is null || errors.Count > 0)
            {
                continue;
            }

            if (!existing.TryGetValue((get("kind"), get("code"), from.Value), out var r))
            {
                r = new BudgetCodeRecord { Kind = get("kind"), Code = get("code"), ValidFrom = from.Value };
                db.BudgetCodes.Add(r);
                existing[(r.Kind, r.Code, r.ValidFrom)] = r;
            }

            (r.Name, r.ParentCode, r.ValidTo, r.Source, r.Verified) = (get("name"), Values.Optional(get("parent")), to, get("source"), get("verified"));
        }
    }

    private async Task LoadFundSources(List<(int Row, Func<string, string> Get)> rows, List<DomainError> errors, CancellationToken ct) =>
        Upsert(rows, errors, await db.FundSources.AsTracking().ToDictionaryAsync(a => (a.Code, a.ValidFrom), ct),
            (get, from) => (get("code"), from),
            (get, from) => db.FundSources.Add(new FundSourceRecord { Code = get("code"), ValidFrom = from }).Entity,
            (r, get, to) => (r.Name, r.Funding, r.ValidTo, r.Source, r.Verified) = (get("name"), get("funding"), to, get("source"), get("verified")));

    private async Task LoadVoucherTypes(List<(int Row, Func<string, string> Get)> rows, List<DomainError> errors, CancellationToken ct) =>
        Upsert(rows, errors, await db.VoucherTypes.AsTracking().ToDictionaryAsync(a => (a.Code, a.ValidFrom), ct),
            (get, from) => (get("code"), from),
            (get, from) => db.VoucherTypes.Add(new VoucherTypeRecord { Code = get("code"), ValidFrom = from }).Entity,
            (r, get, to) => (r.Name, r.ValidTo, r.Source, r.Verified) = (get("name"), to, get("source"), get("verified")));

    /// <summary>The shared shape of a simple dated list: parse the dates, find or add the row by key, set its fields.</summary>
    private static void Upsert<TKey, TRecord>(List<(int Row, Func<string, string> Get)> rows, List<DomainError> errors, Dictionary<TKey, TRecord> existing,
        Func<Func<string, string>, DateOnly, TKey> keyOf, Func<Func<string, string>, DateOnly, TRecord> add, Action<TRecord, Func<string, string>, DateOnly?> apply)
        where TKey : notnull
    {
        foreach (var (row, get) in rows)
        {
            var from = Values.Date(get("valid_from"), "valid_from", row, errors);
            var to = Values.Date(get("valid_to"), "valid_to", row, errors, required: false);
            if (from is null || errors.Count > 0)
            {
                continue;
            }

            var key = keyOf(get, from.Value);
            if (!existing.TryGetValue(key, out var record))
            {
                existing[key] = record = add(get, from.Value);
            }

            apply(record, get, to);
        }
    }
}
