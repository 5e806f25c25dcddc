using System.Globalization;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Assets;

/// <summary>What `asset import` did: cards added, and per unit whether the opening was posted or found already in the ledger.</summary>
public sealed record AssetImportReport(int Rows, int Added, IReadOnlyList<AssetOpening> Units);

/// <summary>One unit's opening: the register's totals and the voucher posted (null when the ledger already held exactly these balances).</summary>
public sealed record AssetOpening(string Unit, long OriginalCost, long AccumulatedWear, string? Voucher);

/// <summary>
/// `asset import &lt;assets.csv&gt; [--date D]`: takes over an existing register as at D (default 1
/// January of this year); <c>accumulated_wear</c> is the wear booked up to the day before. All or
/// nothing: every row is checked (class in force, unit existing, the fixed-asset threshold, funding
/// shares summing to the cost) before anything is written. The ledger follows the register: per unit,
/// one voucher Nợ 211x/213x / Có 214x, Có 36611 by funding share — unless the unit's ledger already
/// holds exactly the register's 211/213 and 214 balances (opening balances imported with `balance
/// import`), in which case nothing is posted; any other difference is refused with both figures.
/// </summary>
public sealed class ImportAssets(IAssetStore store, AssetReference reference, PostingRuleBook book, IBudgetStore budget, AccessGuard access, TimeProvider clock)
{
    private static readonly string[] Required =
        ["code", "name", "class", "unit", "in_service", "original_cost", "accumulated_wear", "funding_state", "funding_party", "funding_other", "origin", "location", "custodian"];

    private static readonly string[] Optional = ["autonomy", "sector", "budget_item", "depreciation"];

    public async Task<Result<AssetImportReport>> RunAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct)
    {
        var opening = date ?? new DateOnly(clock.GetLocalNow().Year, 1, 1);
        var catalogue = reference.With(await store.ClassesAsync(ct));
        var (rows, errors) = await ParseAsync(file, opening, catalogue, ct);
        if (errors.Count > 0)
        {
            return Result.Failure<AssetImportReport>(errors);
        }

        var allowed = await access.CheckAsync(by, Permission.AssetImport, rows.Select(r => (string?)r.Unit).Distinct().ToList(), ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<AssetImportReport>(allowed.Errors);
        }

        return await store.InWorkAsync(async work =>
        {
            var existing = await work.ExistingCodesAsync(rows.Select(r => r.Code).ToList(), ct);
            var refusals = rows.Where(r => existing.Contains(r.Code))
                .Select(r => Err(file, r.Row, "code", AssetErrors.DuplicateCode, $"Mã tài sản '{r.Code}' đã có trong sổ tài sản."))
                .Concat(rows.Where(r => !work.UnitExists(r.Unit, opening))
                    .Select(r => Err(file, r.Row, "unit", AssetErrors.BadField, $"Đơn vị '{r.Unit}' không tồn tại ngày {VietnameseFormat.Date(opening)}.")))
                .ToList();
            foreach (var r in rows)
            {
                Domain.Ledger.VoucherRules.CheckDimensionValues(opening, null, r.Sector, r.BudgetItem, r.Row, work.Catalog, refusals);
            }

            if (refusals.Count > 0)
            {
                return Result.Failure<AssetImportReport>(refusals);
            }

            var at = clock.GetUtcNow();
            FixedAsset Card(ImportRow r, string? voucher) => FixedAsset.Open(r.Code, r.Name, r.Class.Code, r.InService, r.Origin, r.Location, r.Custodian, r.Autonomy,
                r.Sector, r.BudgetItem, new AssetEvent(1, AssetEventKind.Opening, opening, null, r.Unit, null, r.Funding, r.Accumulated, null, null, voucher,
                    $"Nhận sổ tài sản từ tệp {file.Name}", null, by, at), r.Depreciated);
            var units = new List<AssetOpening>();
            foreach (var unit in rows.GroupBy(r => r.Unit, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var posted = await OpenUnitAsync(work, file, unit.Key, unit.ToList(), opening, catalogue, by, ct);
                if (posted.IsFailure)
                {
                    return Result.Failure<AssetImportReport>(posted.Errors);
                }

                units.Add(posted.Value);
            }

            // The opening entry names the voucher it was posted with.
            var vouchers = units.ToDictionary(u => u.Unit, u => u.Voucher, StringComparer.Ordinal);
            var cards = rows.Select(r => Card(r, vouchers[r.Unit])).ToList();
            var saved = await work.SaveAsync(cards, ct);
            return saved.IsFailure ? Result.Failure<AssetImportReport>(saved.Errors) : Result.Success(new AssetImportReport(rows.Count, cards.Count, units));
        }, ct);
    }

    private async Task<Result<AssetOpening>> OpenUnitAsync(IAssetWork work, ImportFile file, string unit, List<ImportRow> rows, DateOnly opening,
        AssetCatalogue catalogue, string by, CancellationToken ct)
    {
        long cost = rows.Sum(r => r.Funding.Total), wear = rows.Sum(r => r.Accumulated);
        var stored = (await work.LoadAsync(unit, opening, ct)).Select(a => a.At(opening)).Where(s => s.Unit == unit && s.Status == AssetStatus.InUse).ToList();
        long storedCost = stored.Sum(s => s.OriginalCost), storedWear = stored.Sum(s => s.AccumulatedWear);
        var assetAccounts = catalogue.Groups.Select(g => g.AssetAccount[..3]).Distinct().ToList();
        var wearAccounts = catalogue.Groups.Select(g => g.WearAccount[..3]).Distinct().ToList();
        var ledgerCost = await work.BalanceAsync(unit, assetAccounts, opening, ct);
        var ledgerWear = -await work.BalanceAsync(unit, wearAccounts, opening, ct);
        if (ledgerCost == checked(storedCost + cost) && ledgerWear == checked(storedWear + wear))
        {
            return Result.Success(new AssetOpening(unit, cost, wear, null));
        }

        if (ledgerCost != storedCost || ledgerWear != storedWear)
        {
            return Err(file, rows[0].Row, "unit", AssetErrors.OpeningMismatch,
                $"Sổ cái đơn vị {unit} ngày {VietnameseFormat.Date(opening)} có nguyên giá (TK {string.Join("/", assetAccounts)}) {VietnameseFormat.Amount(ledgerCost)} và hao mòn lũy kế (TK {string.Join("/", wearAccounts)}) {VietnameseFormat.Amount(ledgerWear)}, " +
                $"không khớp với sổ tài sản ({VietnameseFormat.Amount(storedCost)} / {VietnameseFormat.Amount(storedWear)}) cũng như sổ tài sản cộng tệp này ({VietnameseFormat.Amount(storedCost + cost)} / {VietnameseFormat.Amount(storedWear + wear)}). Không có gì được ghi.");
        }

        var parts = new List<AssetPosting.Part>();
        foreach (var r in rows)
        {
            var group = catalogue.Group(r.Class.Group, opening)!;
            var p = AssetPosting.Parts(new WearLine(r.Autonomy, r.Sector, r.BudgetItem), group, r.Funding, r.Accumulated, 0, opening, catalogue);
            if (p.IsFailure)
            {
                return Result.Failure<AssetOpening>(p.Errors.Select(e => e with { Row = r.Row }).ToList());
            }

            parts.AddRange(p.Value);
        }

        var key = $"TS-DK-{unit}-{opening:yyyyMMdd}-{file.Sha256()[..12]}";
        var draft = AssetPosting.Voucher(book, "asset-opening", key, unit, opening, $"Ghi sổ tài sản cố định đầu kỳ ({rows.Count.ToString(CultureInfo.InvariantCulture)} tài sản, tệp {file.Name})", parts);
        if (draft.IsFailure)
        {
            return Result.Failure<AssetOpening>(draft.Errors);
        }

        var voucher = await work.PostAsync(draft.Value, by, ct);
        return voucher.IsFailure ? Result.Failure<AssetOpening>(voucher.Errors) : Result.Success(new AssetOpening(unit, cost, wear, voucher.Value));
    }

    private sealed record ImportRow(int Row, string Code, string Name, FixedAssetClass Class, string Unit, DateOnly InService, AssetFunding Funding, long Accumulated,
        AssetOrigin Origin, string? Location, string? Custodian, Autonomy Autonomy, string Sector, string BudgetItem, bool Depreciated);

    private async Task<(List<ImportRow>, List<DomainError>)> ParseAsync(ImportFile file, DateOnly opening, AssetCatalogue catalogue, CancellationToken ct)
    {
        var errors = new List<DomainError>();
        var rows = new List<ImportRow>();
        using var reader = file.OpenCsv();
        var header = CsvHeader.Read(reader, Required, Optional);
        if (header.IsFailure)
        {
            return (rows, header.Errors.ToList());
        }

        var h = header.Value;
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var regime = catalogue.Regime(opening.Year);
        var sectors = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (reader.ReadRecord() is { } rec)
        {
            var row = reader.Row;
            var e = new List<DomainError>();
            var code = Values.Code(h.Get(rec, "code"), "code", row, e);
            var name = Values.Required(h.Get(rec, "name"), "name", row, e);
            var unit = Values.Required(h.Get(rec, "unit"), "unit", row, e);
            var inService = Values.Date(h.Get(rec, "in_service"), "in_service", row, e);
            var cost = Values.Amount(h.Get(rec, "original_cost"), "original_cost", row, e);
            var wear = Values.Amount(h.Get(rec, "accumulated_wear"), "accumulated_wear", row, e);
            var state = Values.Amount(h.Get(rec, "funding_state"), "funding_state", row, e);
            var party = Values.Amount(h.Get(rec, "funding_party"), "funding_party", row, e);
            var other = Values.Amount(h.Get(rec, "funding_other"), "funding_other", row, e);
            var cls = catalogue.Class(h.Get(rec, "class"), opening.Year);
            if (cls is null)
            {
                e.Add(new DomainError(AssetErrors.ClassUnknown, $"Loại tài sản '{h.Get(rec, "class")}' không có hiệu lực năm {Y(opening.Year)} (xem: partyfinance asset class list --year {Y(opening.Year)}).", "class", row));
            }

            if (!AssetCodes.TryParse(h.Get(rec, "origin"), out AssetOrigin origin))
            {
                e.Add(new DomainError(AssetErrors.BadField, $"Nguồn gốc '{h.Get(rec, "origin")}' không hợp lệ; dùng một trong: {string.Join(", ", AssetCodes.OriginCodes)}.", "origin", row));
            }

            var autonomy = Autonomy.Autonomous;
            if (h.Get(rec, "autonomy").Length > 0 && !AutonomyCodes.TryParse(h.Get(rec, "autonomy"), out autonomy))
            {
                e.Add(new DomainError(AssetErrors.BadField, $"'{h.Get(rec, "autonomy")}' phải là autonomous hoặc non-autonomous.", "autonomy", row));
            }

            if (code is not null && !seen.TryAdd(code, row))
            {
                e.Add(new DomainError(AssetErrors.DuplicateCode, $"Mã tài sản '{code}' lặp lại (đã có ở dòng {Y(seen[code])}).", "code", row));
            }

            if (inService is { } s && s > opening)
            {
                e.Add(new DomainError(AssetErrors.BadField, $"Ngày đưa vào sử dụng {VietnameseFormat.Date(s)} sau ngày nhận sổ {VietnameseFormat.Date(opening)}: ghi tăng tài sản mới bằng nghiệp vụ mua sắm.", "in_service", row));
            }

            if (cost is { } c && c <= 0)
            {
                e.Add(new DomainError(AssetErrors.BadField, "Nguyên giá phải là số đồng dương.", "original_cost", row));
            }

            if (wear is { } w && cost is { } c2 && (w < 0 || w > c2))
            {
                e.Add(new DomainError(AssetErrors.BadField, $"Hao mòn lũy kế {VietnameseFormat.Amount(w)} phải từ 0 đến nguyên giá {VietnameseFormat.Amount(c2)}.", "accumulated_wear", row));
            }

            if (cost is { } c3 && state is { } fs && party is { } fp && other is { } fo && (fs < 0 || fp < 0 || fo < 0 || checked(fs + fp + fo) != c3))
            {
                e.Add(new DomainError(AssetErrors.FundingMismatch,
                    $"Nguồn hình thành (NSNN {VietnameseFormat.Amount(fs)} + kinh phí Đảng {VietnameseFormat.Amount(fp)} + khác {VietnameseFormat.Amount(fo)}) phải không âm và cộng lại đúng nguyên giá {VietnameseFormat.Amount(c3)}.", "funding_state", row));
            }

            var group = cls is null ? null : catalogue.Group(cls.Group, opening);
            if (cls is not null && group is null)
            {
                e.Add(new DomainError(AssetErrors.GroupUnknown, $"Nhóm '{cls.Group}' của loại '{cls.Code}' không có hiệu lực ngày {VietnameseFormat.Date(opening)}.", "class", row));
            }

            if (group is { AlwaysFixed: false } && regime is not null && cost is { } c4 && c4 < regime.FixedAssetThreshold)
            {
                e.Add(new DomainError(AssetErrors.BelowThreshold,
                    $"Nguyên giá {VietnameseFormat.Amount(c4)} dưới {VietnameseFormat.Amount(regime.FixedAssetThreshold)} ({regime.Source.Split(';')[0]}): đây là công cụ, dụng cụ, không phải tài sản cố định.", "original_cost", row));
            }

            // Special assets are carried at the conventional cost of the regime (TT 141/2025 Art. 8; TT 23/2023 Art. 8), never their price.
            if (group is { ConventionalCost: true } && regime is not null && cost is { } c5 && c5 != regime.SpecialAssetValue)
            {
                e.Add(new DomainError(AssetErrors.SpecialAssetValue,
                    $"Tài sản đặc thù (nhóm {group.Code}) ghi nguyên giá theo giá quy ước {VietnameseFormat.Amount(regime.SpecialAssetValue)} ({SpecialSource(regime)}), không phải {VietnameseFormat.Amount(c5)}.",
                    "original_cost", row));
            }

            var sector = h.Get(rec, "sector");
            if (sector.Length == 0 && unit is not null)
            {
                if (!sectors.TryGetValue(unit, out var found))
                {
                    found = (await budget.LinesAsync(unit, opening.Year, ct)).GroupBy(l => l.Key.Sector).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                        .Select(g => g.Key).FirstOrDefault();
                    sectors[unit] = found;
                }

                if (found is null)
                {
                    e.Add(new DomainError(AssetErrors.BadField, $"Đơn vị {unit} chưa có dòng dự toán năm {Y(opening.Year)} để lấy loại-khoản: ghi cột sector (dạng 340-351).", "sector", row));
                }

                sector = found ?? string.Empty;
            }

            var depreciated = h.Get(rec, "depreciation").ToLowerInvariant() switch
            {
                "" or "no" or "không" => false,
                "yes" or "có" => true,
                var value => Refuse(e, row, value),
            };

            var item = h.Get(rec, "budget_item");
            if (item.Length == 0)
            {
                item = group?.BudgetItem ?? string.Empty;
            }

            errors.AddRange(e);
            if (e.Count == 0)
            {
                rows.Add(new ImportRow(row, code!, name!, cls!, unit!, inService!.Value, new AssetFunding(state!.Value, party!.Value, other!.Value), wear!.Value, origin,
                    Values.Optional(h.Get(rec, "location")), Values.Optional(h.Get(rec, "custodian")), autonomy, sector, item, depreciated));
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new DomainError(ImportErrors.EmptyFile, "Tệp không có dòng tài sản nào.", Row: 2));
        }

        return (rows, errors);
    }

    /// <summary>The part of the regime's source that names the conventional cost (Điều 8), or the whole source.</summary>
    internal static string SpecialSource(WearRegime regime) =>
        regime.Source.Split([',', ';']).Select(p => p.Trim()).FirstOrDefault(p => p.Contains("Điều 8", StringComparison.Ordinal)) is { } part
            ? regime.Source.Split(' ')[0] + " " + regime.Source.Split(' ')[1] + " " + part
            : regime.Source;

    private static bool Refuse(List<DomainError> e, int row, string value)
    {
        e.Add(new DomainError(AssetErrors.BadField, $"Cột depreciation phải là yes/no (có/không), đang là '{value}'.", "depreciation", row));
        return false;
    }

    private static DomainError Err(ImportFile file, int row, string field, string code, string message) => new(code, message, field, row);

    private static string Y(int n) => n.ToString(CultureInfo.InvariantCulture);
}
