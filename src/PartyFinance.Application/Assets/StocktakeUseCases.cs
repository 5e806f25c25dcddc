using System.Globalization;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Common;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Assets;

/// <summary>A sheet closed: the approvals opened for its shortages and surpluses.</summary>
public sealed record StocktakeClosed(Stocktake Sheet, IReadOnlyList<(StocktakeLine Line, AssetActionRequest Action, ApprovalRequest Approval)> Decisions);

/// <summary>
/// `asset stocktake start --unit U --date D`, `asset stocktake count &lt;sheet&gt; &lt;counts.csv&gt;`
/// (header code,found plus note and, for a surplus, name,class,original_cost,in_service and optionally
/// accumulated_wear,sector) and `asset stocktake close &lt;sheet&gt;`: closing opens, in the same
/// transaction, a write-off approval for each shortage and a record-surplus approval for each asset
/// found that the register does not know; the books change only when their deciders sign.
/// </summary>
public sealed class StocktakeUseCases(IAssetStore store, IAuthorityStore authority, ILedgerQueries units, AssetReference reference, AccessGuard access, TimeProvider clock)
{
    private static readonly string[] Required = ["code", "found"];
    private static readonly string[] Optional = ["note", "name", "class", "original_cost", "accumulated_wear", "in_service", "sector"];

    public async Task<Result<Stocktake>> StartAsync(string unit, DateOnly date, string by, CancellationToken ct)
    {
        var allowed = await access.CheckAsync(by, Permission.AssetStocktake, unit, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<Stocktake>(allowed.Errors);
        }

        return await store.InWorkAsync(async work =>
        {
            if (!work.UnitExists(unit, date))
            {
                return Result.Failure<Stocktake>(new DomainError(AssetErrors.BadField, $"Đơn vị '{unit}' không tồn tại ngày {VietnameseFormat.Date(date)}.", "unit"));
            }

            if (await work.OpenSheetOfUnitAsync(unit, ct) is { } open)
            {
                return Result.Failure<Stocktake>(new DomainError(AssetErrors.ActionPending,
                    $"Đơn vị {unit} đang có phiếu kiểm kê số {N(open.Id)} ngày {VietnameseFormat.Date(open.Date)} chưa đóng.", "unit"));
            }

            var sheet = Stocktake.Start(await work.NextSheetIdAsync(ct), unit, date, await work.LoadAsync(unit, date, ct), by, clock.GetUtcNow());
            await work.SaveSheetAsync(sheet, ct);
            return Result.Success(sheet);
        }, ct);
    }

    public async Task<Result<Stocktake>> CountAsync(long id, ImportFile file, string by, CancellationToken ct)
    {
        var catalogue = reference.With(await store.ClassesAsync(ct));
        return await store.InWorkAsync(async work =>
        {
            var sheet = await work.FindSheetAsync(id, ct);
            if (sheet is null)
            {
                return Result.Failure<Stocktake>(new DomainError(AssetErrors.SheetNotFound, $"Không có phiếu kiểm kê số {N(id)}.", "sheet"));
            }

            var allowed = await access.CheckAsync(by, Permission.AssetStocktake, sheet.Unit, ct);
            if (allowed.IsFailure)
            {
                return Result.Failure<Stocktake>(allowed.Errors);
            }

            var (lines, errors) = Parse(file, sheet, catalogue, await work.LoadAsync(sheet.Unit, sheet.Date, ct));
            var known = lines.Where(l => !sheet.Lines.Any(e => e.Expected && string.Equals(e.AssetCode, l.Line.AssetCode, StringComparison.OrdinalIgnoreCase)) && l.Line.Found == true)
                .Select(l => l.Line.AssetCode).ToList();
            var existing = await work.ExistingCodesAsync(known, ct);
            errors.AddRange(lines.Where(l => existing.Contains(l.Line.AssetCode)).Select(l => new DomainError(AssetErrors.DuplicateCode,
                $"Mã '{l.Line.AssetCode}' đã có trong sổ tài sản nhưng không thuộc danh sách kiểm kê của đơn vị {sheet.Unit} ngày {VietnameseFormat.Date(sheet.Date)}.", "code", l.Row)));
            if (errors.Count > 0)
            {
                return Result.Failure<Stocktake>(errors);
            }

            var counted = sheet.Count(lines.Select(l => l.Line).ToList());
            if (counted.IsFailure)
            {
                return Result.Failure<Stocktake>(counted.Errors);
            }

            await work.SaveSheetAsync(sheet, ct);
            return Result.Success(sheet);
        }, ct);
    }

    public async Task<Result<StocktakeClosed>> CloseAsync(long id, string by, CancellationToken ct)
    {
        var catalogue = reference.With(await store.ClassesAsync(ct));
        var rules = await authority.LoadRuleSetsAsync(ct);
        var kinds = (await units.ListUnitsAsync(ct)).ToDictionary(u => u.Code, u => u.Kind, StringComparer.Ordinal);
        return await store.InWorkAsync(async work =>
        {
            var sheet = await work.FindSheetAsync(id, ct);
            if (sheet is null)
            {
                return Result.Failure<StocktakeClosed>(new DomainError(AssetErrors.SheetNotFound, $"Không có phiếu kiểm kê số {N(id)}.", "sheet"));
            }

            var allowed = await access.CheckAsync(by, Permission.AssetStocktake, sheet.Unit, ct);
            if (allowed.IsFailure)
            {
                return Result.Failure<StocktakeClosed>(allowed.Errors);
            }

            var closed = sheet.Close(by, clock.GetUtcNow());
            if (closed.IsFailure)
            {
                return Result.Failure<StocktakeClosed>(closed.Errors);
            }

            var decisions = new List<(StocktakeLine, AssetActionRequest, ApprovalRequest)>();
            var errors = new List<DomainError>();
            var kind = kinds.TryGetValue(sheet.Unit, out var k) ? k : (Domain.Organisation.UnitKind?)null;
            foreach (var line in sheet.Lines.Where(l => l.IsShortage || l.IsSurplus))
            {
                string classCode;
                AssetFunding funding;
                if (line.IsShortage)
                {
                    var asset = (await work.FindAsync(line.AssetCode, ct))!;
                    (classCode, funding) = (asset.ClassCode, asset.At(sheet.Date).Funding);
                }
                else
                {
                    (classCode, funding) = (line.ClassCode!, new AssetFunding(line.OriginalCost!.Value, 0, 0));
                }

                var action = line.IsShortage ? AssetAction.WriteOffLoss : AssetAction.RecordSurplus;
                var question = RequestAssetAction.Question(catalogue, classCode, funding, kind, action, funding.Total, sheet.Date);
                if (question.IsFailure)
                {
                    errors.AddRange(question.Errors);
                    continue;
                }

                var reason = (line.IsShortage ? "Thiếu khi kiểm kê" : "Thừa khi kiểm kê") + $" (phiếu {N(sheet.Id)} ngày {VietnameseFormat.Date(sheet.Date)})"
                    + (line.Note is { Length: > 0 } note ? ": " + note : string.Empty);
                var opened = await RequestAssetAction.OpenAsync(work, question.Value, rules, line.AssetCode, action, sheet.Date, sheet.Unit, null, null, reason, by,
                    sheet.Id, clock, ct);
                if (opened.IsFailure)
                {
                    errors.AddRange(opened.Errors);
                    continue;
                }

                decisions.Add((line, opened.Value.Action, opened.Value.Approval));
            }

            if (errors.Count > 0)
            {
                return Result.Failure<StocktakeClosed>(errors);
            }

            await work.SaveSheetAsync(sheet, ct);
            return Result.Success(new StocktakeClosed(sheet, decisions));
        }, ct);
    }

    private static (List<(int Row, StocktakeLine Line)>, List<DomainError>) Parse(ImportFile file, Stocktake sheet, AssetCatalogue catalogue, IReadOnlyList<FixedAsset> unitAssets)
    {
        var errors = new List<DomainError>();
        var lines = new List<(int, StocktakeLine)>();
        using var reader = file.OpenCsv();
        var header = CsvHeader.Read(reader, Required, Optional);
        if (header.IsFailure)
        {
            return (lines, [.. header.Errors]);
        }

        var h = header.Value;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var defaultSector = unitAssets.Select(a => a.Sector).FirstOrDefault();
        while (reader.ReadRecord() is { } rec)
        {
            var row = reader.Row;
            var e = new List<DomainError>();
            var code = Values.Code(h.Get(rec, "code"), "code", row, e);
            bool? found = h.Get(rec, "found").ToLowerInvariant() switch
            {
                "yes" or "1" or "có" or "co" => true,
                "no" or "0" or "không" or "khong" => false,
                _ => null,
            };
            if (found is null)
            {
                e.Add(new DomainError(AssetErrors.BadField, $"Cột found phải là yes/no (có/không), đang là '{h.Get(rec, "found")}'.", "found", row));
            }

            if (code is not null && !seen.Add(code))
            {
                e.Add(new DomainError(AssetErrors.DuplicateCode, $"Mã '{code}' lặp lại trong tệp kiểm đếm.", "code", row));
            }

            var expected = code is not null && sheet.Lines.Any(l => l.Expected && string.Equals(l.AssetCode, code, StringComparison.OrdinalIgnoreCase));
            var line = new StocktakeLine(code ?? string.Empty, expected, found, Values.Optional(h.Get(rec, "note")));
            if (code is not null && !expected && found == false)
            {
                e.Add(new DomainError(AssetErrors.NotFound, $"Tài sản '{code}' không có trong danh sách kiểm kê của phiếu {N(sheet.Id)}.", "code", row));
            }
            else if (code is not null && !expected && found == true)
            {
                // A surplus: the counting team describes it so it can be put on the books once decided.
                var name = Values.Required(h.Get(rec, "name"), "name", row, e);
                var cls = catalogue.Class(h.Get(rec, "class"), sheet.Date.Year);
                if (cls is null)
                {
                    e.Add(new DomainError(AssetErrors.ClassUnknown, $"Tài sản thừa '{code}': loại '{h.Get(rec, "class")}' không có hiệu lực năm {N(sheet.Date.Year)}.", "class", row));
                }

                var cost = Values.Amount(h.Get(rec, "original_cost"), "original_cost", row, e);
                var worn = h.Get(rec, "accumulated_wear").Length == 0 ? 0 : Values.Amount(h.Get(rec, "accumulated_wear"), "accumulated_wear", row, e);
                var inService = Values.Date(h.Get(rec, "in_service"), "in_service", row, e);
                if (cost is <= 0 || (cost is { } c && worn is { } w && (w < 0 || w > c)))
                {
                    e.Add(new DomainError(AssetErrors.BadField, "Nguyên giá phải dương và hao mòn lũy kế từ 0 đến nguyên giá.", "original_cost", row));
                }

                // A special asset found is carried at the conventional cost too (TT 141/2025 Art. 8).
                var regime = catalogue.Regime(sheet.Date.Year);
                if (cls is not null && catalogue.Group(cls.Group, sheet.Date) is { ConventionalCost: true } && regime is not null && cost is { } sc && sc != regime.SpecialAssetValue)
                {
                    e.Add(new DomainError(AssetErrors.SpecialAssetValue,
                        $"Tài sản thừa '{code}' là tài sản đặc thù: nguyên giá theo giá quy ước {VietnameseFormat.Amount(regime.SpecialAssetValue)} ({ImportAssets.SpecialSource(regime)}).", "original_cost", row));
                }

                var sector = Values.Optional(h.Get(rec, "sector")) ?? defaultSector;
                if (sector is null)
                {
                    e.Add(new DomainError(AssetErrors.BadField, "Ghi cột sector (loại-khoản, dạng 340-351) cho tài sản thừa.", "sector", row));
                }

                line = line with { Name = name, ClassCode = cls?.Code, OriginalCost = cost, AccumulatedWear = worn, InService = inService, Sector = sector };
            }

            errors.AddRange(e);
            if (e.Count == 0)
            {
                lines.Add((row, line));
            }
        }

        return (lines, errors);
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
