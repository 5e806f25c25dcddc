using PartyFinance.Application.Authority;
using PartyFinance.Application.Common;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Application.Organisation;

/// <summary>
/// `unit import`: header code,name,kind,parent,chapter,valid_from,valid_to,successor. New units
/// are added, changed ones (e.g. closed at a merger, given a successor) are updated with an audit
/// record; the whole file is checked against the units already stored before anything changes.
/// </summary>
public sealed class ImportUnits(ILedgerStore store, AccessGuard access, TimeProvider clock)
{
    private static readonly string[] Columns = ["code", "name", "kind", "parent", "chapter", "valid_from", "valid_to", "successor"];

    public Task<ImportReport> RunAsync(ImportFile file, string actor, CancellationToken ct) => RunAsync(file, actor, commit: true, ct);

    /// <summary>With <paramref name="commit"/> false (<see cref="CheckUnitImport"/>) every check and every write runs, and the session is disposed uncommitted.</summary>
    internal async Task<ImportReport> RunAsync(ImportFile file, string actor, bool commit, CancellationToken ct)
    {
        var allowed = await access.CheckAsync(actor, Permission.UnitImport, (string?)null, ct);
        if (allowed.IsFailure)
        {
            return ImportReport.Failed(allowed.Errors);
        }

        var (fileName, sha) = (file.Name, file.Sha256());
        var (units, rowOf, errors) = Parse(file.Open(), file.Name);
        await using var session = await store.BeginAsync(ct);
        var stored = session.Catalog.Units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var all = new Dictionary<string, OrganisationUnit>(stored, StringComparer.Ordinal);
        foreach (var u in units)
        {
            if (!session.Catalog.IsChapter(u.Chapter, u.ValidFrom) && !session.Catalog.IsChapter(u.Chapter, u.ValidTo ?? u.ValidFrom))
            {
                errors.Add(new DomainError(OrganisationErrors.ChapterUnknown, $"Mã chương {u.Chapter} không có trong mục lục ngân sách.", "chapter", rowOf[u.Code]));
            }

            // A unit cannot end before its own books do: its vouchers could no longer be corrected.
            if (u.ValidTo is { } end && await session.LastVoucherDateAsync(u.Code, ct) is { } last && last > end)
            {
                errors.Add(new DomainError(OrganisationErrors.EndsBeforeVouchers,
                    $"Đơn vị {u.Code} còn chứng từ ngày {VietnameseFormat.Date(last)}, sau ngày hết hiệu lực {VietnameseFormat.Date(end)}: chọn ngày hết hiệu lực từ {VietnameseFormat.Date(last)} trở đi.",
                    "valid_to", rowOf[u.Code]));
            }

            all[u.Code] = u;
        }

        errors.AddRange(OrganisationRules.CheckLinks(all, rowOf));
        if (errors.Count > 0)
        {
            return ImportReport.Failed(errors, units.Count);
        }

        var added = units.Where(u => !stored.ContainsKey(u.Code)).ToList();
        var changed = units.Where(u => stored.TryGetValue(u.Code, out var s) && s != u).Select(u => (stored[u.Code], u)).ToList();
        await session.SaveUnitsAsync(added, changed, actor, clock.GetUtcNow(), ct);
        var skipped = units.Count - added.Count - changed.Count;
        if (!commit)
        {
            return new ImportReport(units.Count, added.Count + changed.Count, skipped, null, null, []);
        }

        await session.CommitAsync(new ImportBatch("units", fileName, sha, units.Count, added.Count + changed.Count, skipped, actor, clock.GetUtcNow()), ct);
        return new ImportReport(units.Count, added.Count + changed.Count, skipped, null, null, []);
    }

    private static (List<OrganisationUnit>, Dictionary<string, int>, List<DomainError>) Parse(Stream stream, string file)
    {
        var errors = new List<DomainError>();
        var units = new List<OrganisationUnit>();
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        using var reader = new CsvReader(stream, file);
        var header = CsvHeader.Read(reader, Columns, []);
        if (header.IsFailure)
        {
            return (units, rowOf, [.. header.Errors]);
        }

        var h = header.Value;
        while (reader.ReadRecord() is { } rec)
        {
            var row = reader.Row;
            var before = errors.Count;
            string code = h.Get(rec, "code"), name = h.Get(rec, "name"), chapter = h.Get(rec, "chapter");
            if (!UnitKinds.TryParse(h.Get(rec, "kind"), out var kind))
            {
                errors.Add(new DomainError(OrganisationErrors.BadKind,
                    $"Loại đơn vị '{h.Get(rec, "kind")}' không hợp lệ; dùng một trong: {string.Join(", ", UnitKinds.Slugs)}.", "kind", row));
            }

            var from = Values.Date(h.Get(rec, "valid_from"), "valid_from", row, errors);
            var to = Values.Date(h.Get(rec, "valid_to"), "valid_to", row, errors, required: false);
            if (from is { } f)
            {
                errors.AddRange(OrganisationUnit.CheckFields(code, name, chapter, f, to, row));
            }

            if (code.Length > 0 && !rowOf.TryAdd(code, row))
            {
                errors.Add(new DomainError(OrganisationErrors.DuplicateCode, $"Mã đơn vị '{code}' lặp lại (đã có ở dòng {rowOf[code]}).", "code", row));
            }

            if (errors.Count == before)
            {
                units.Add(new OrganisationUnit(code, name, kind, Values.Optional(h.Get(rec, "parent")), chapter, from!.Value, to, Values.Optional(h.Get(rec, "successor"))));
            }
        }

        return (units, rowOf, errors);
    }
}
