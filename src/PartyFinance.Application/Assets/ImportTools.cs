using System.Globalization;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Assets;

/// <summary>What `tool import` did: tools added, and per unit the value in store and the opening voucher (null when the ledger already held it).</summary>
public sealed record ToolImportReport(int Rows, int Added, IReadOnlyList<(string Unit, long Value, string? Voucher)> Units);

/// <summary>
/// `tool import &lt;tools.csv&gt; [--date D]`: takes over an existing tools register as at D (default 1
/// January of this year), all or nothing. Header
/// <c>code,name,unit,measure,quantity,unit_cost,fund_source,sector,budget_item</c> (optional
/// <c>autonomy</c>, default autonomous, <c>custodian</c>, <c>location</c>, <c>life_months</c>: expected life
/// in months, under the regime's minimum life a tool whatever its cost). A row is refused, naming
/// file, row and column, when a value cannot be read, the code repeats or is on the register, the unit
/// does not exist, the fund source has no tool account, or the item is a fixed asset under the year's
/// wear regime (unit cost from the threshold and no life under the minimum declared: asset import). The ledger follows
/// the register: per unit one voucher Nợ 153 / Có 36612 (tool-opening) — unless the unit's 153 already
/// holds exactly the register's value with the file (opening balances imported before); any other
/// difference is refused with both figures.
/// </summary>
public sealed class ImportTools(IToolStore store, AssetReference reference, PostingRuleBook book, AccessGuard access, TimeProvider clock)
{
    private static readonly string[] Required = ["code", "name", "unit", "measure", "quantity", "unit_cost", "fund_source", "sector", "budget_item"];

    private static readonly string[] Optional = ["autonomy", "custodian", "location", "life_months"];

    private sealed record Row(int Number, string Code, string Name, string Unit, string Measure, int Quantity, long UnitCost, ToolLine Line, string? Custodian, string? Location);

    public async Task<Result<ToolImportReport>> RunAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct)
    {
        var opening = date ?? new DateOnly(clock.GetLocalNow().Year, 1, 1);
        var (rows, errors) = Parse(file, opening);
        if (errors.Count > 0)
        {
            return Result.Failure<ToolImportReport>(errors);
        }

        var allowed = await access.CheckAsync(by, Permission.ToolImport, rows.Select(r => (string?)r.Unit).Distinct().ToList(), ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<ToolImportReport>(allowed.Errors);
        }

        return await store.InWorkAsync(async work =>
        {
            var refusals = new List<DomainError>();
            var existing = await work.ExistingCodesAsync(rows.Select(r => r.Code).ToList(), ct);
            foreach (var r in rows)
            {
                if (existing.Contains(r.Code))
                {
                    refusals.Add(new DomainError(ToolErrors.DuplicateCode, $"Mã công cụ, dụng cụ '{r.Code}' đã có trong sổ.", "code", r.Number));
                }

                if (!work.UnitExists(r.Unit, opening))
                {
                    refusals.Add(new DomainError(ToolErrors.BadField, $"Đơn vị '{r.Unit}' không tồn tại ngày {VietnameseFormat.Date(opening)}.", "unit", r.Number));
                }

                Domain.Ledger.VoucherRules.CheckDimensionValues(opening, r.Line.FundSource, r.Line.Sector, r.Line.BudgetItem, r.Number, work.Catalog, refusals);
            }

            if (refusals.Count > 0)
            {
                return Result.Failure<ToolImportReport>(refusals);
            }

            var at = clock.GetUtcNow();
            var units = new List<(string, long, string?)>();
            var tools = new List<Tool>();
            foreach (var unit in rows.GroupBy(r => r.Unit, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var value = checked(unit.Sum(r => checked(r.UnitCost * r.Quantity)));
                var held = checked((await work.ListAsync(unit.Key, ct)).Sum(t => t.InStoreValue));
                var ledger = await work.BalanceAsync(unit.Key, "153", opening, ct);
                string? voucher = null;
                if (ledger != checked(held + value))
                {
                    if (ledger != held)
                    {
                        return Result.Failure<ToolImportReport>(new DomainError(ToolErrors.OpeningMismatch,
                            $"Sổ cái đơn vị {unit.Key} ngày {VietnameseFormat.Date(opening)} có TK 153 {VietnameseFormat.Amount(ledger)}, không khớp với sổ công cụ, dụng cụ " +
                            $"({VietnameseFormat.Amount(held)}) cũng như sổ cộng tệp này ({VietnameseFormat.Amount(held + value)}). Không có gì được ghi.", "unit", unit.First().Number));
                    }

                    var draft = ToolPosting.Voucher(book, ToolPosting.Opening, $"CCDC-DK-{unit.Key}-{opening:yyyyMMdd}-{file.Sha256()[..12]}", unit.Key, opening,
                        $"Ghi sổ công cụ, dụng cụ tồn kho đầu kỳ ({Y(unit.Count())} công cụ, dụng cụ, tệp {file.Name})",
                        unit.Select(r => (r.Line, checked(r.UnitCost * r.Quantity))));
                    if (draft.IsFailure)
                    {
                        return Result.Failure<ToolImportReport>(draft.Errors);
                    }

                    var posted = await work.PostAsync(draft.Value, by, ct);
                    if (posted.IsFailure)
                    {
                        return Result.Failure<ToolImportReport>(posted.Errors);
                    }

                    voucher = posted.Value;
                }

                foreach (var r in unit)
                {
                    var opened = Tool.Open(r.Code, r.Name, r.Unit, r.Measure, r.Line, r.Location, ToolEventKind.Opening, opening, r.Quantity, checked(r.UnitCost * r.Quantity),
                        r.Custodian, $"Nhận sổ công cụ, dụng cụ từ tệp {file.Name}", by, at);
                    if (opened.IsFailure)
                    {
                        return Result.Failure<ToolImportReport>(opened.Errors.Select(e => e with { Row = r.Number }).ToList());
                    }

                    if (voucher is not null)
                    {
                        opened.Value.NameVoucher(voucher);
                    }

                    tools.Add(opened.Value);
                }

                units.Add((unit.Key, value, voucher));
            }

            var saved = await work.SaveAsync(tools, ct);
            return saved.IsFailure ? Result.Failure<ToolImportReport>(saved.Errors) : Result.Success(new ToolImportReport(rows.Count, tools.Count, units));
        }, ct);
    }

    private (List<Row>, List<DomainError>) Parse(ImportFile file, DateOnly opening)
    {
        var errors = new List<DomainError>();
        var rows = new List<Row>();
        using var reader = new CsvReader(file.Open());
        var header = CsvHeader.Read(reader, Required, Optional);
        if (header.IsFailure)
        {
            return (rows, header.Errors.ToList());
        }

        var h = header.Value;
        var regime = reference.Regimes.Where(r => r.Governs(opening.Year)).MaxBy(r => r.ValidFrom);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var unitTotals = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.ReadRecord() is { } rec)
        {
            var row = reader.Row;
            var e = new List<DomainError>();
            var code = Values.Code(h.Get(rec, "code"), "code", row, e);
            var name = Values.Required(h.Get(rec, "name"), "name", row, e);
            var unit = Values.Required(h.Get(rec, "unit"), "unit", row, e);
            var measure = Values.Required(h.Get(rec, "measure"), "measure", row, e);
            var fund = Values.Required(h.Get(rec, "fund_source"), "fund_source", row, e);
            var sector = Values.Required(h.Get(rec, "sector"), "sector", row, e);
            var item = Values.Required(h.Get(rec, "budget_item"), "budget_item", row, e);
            var unitCost = Values.Amount(h.Get(rec, "unit_cost"), "unit_cost", row, e);
            if (!int.TryParse(h.Get(rec, "quantity"), NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) || quantity <= 0)
            {
                e.Add(new DomainError(ToolErrors.BadField, $"Số lượng '{h.Get(rec, "quantity")}' phải là số nguyên dương.", "quantity", row));
            }

            var autonomy = Autonomy.Autonomous;
            if (h.Get(rec, "autonomy").Length > 0 && !AutonomyCodes.TryParse(h.Get(rec, "autonomy"), out autonomy))
            {
                e.Add(new DomainError(ToolErrors.BadField, $"'{h.Get(rec, "autonomy")}' phải là autonomous hoặc non-autonomous.", "autonomy", row));
            }

            int? life = null;
            if (h.Get(rec, "life_months") is { Length: > 0 } lifeText)
            {
                if (int.TryParse(lifeText, NumberStyles.None, CultureInfo.InvariantCulture, out var months) && months > 0)
                {
                    life = months;
                }
                else
                {
                    e.Add(new DomainError(ToolErrors.BadField, $"Thời gian sử dụng '{lifeText}' phải là số tháng nguyên dương.", "life_months", row));
                }
            }

            if (code is not null && !seen.TryAdd(code, row))
            {
                e.Add(new DomainError(ToolErrors.DuplicateCode, $"Mã công cụ, dụng cụ '{code}' lặp lại (đã có ở dòng {Y(seen[code])}).", "code", row));
            }

            if (unitCost is { } c && c <= 0)
            {
                e.Add(new DomainError(ToolErrors.BadField, "Đơn giá phải là số đồng dương.", "unit_cost", row));
            }
            else if (unitCost is { } c2 && regime is not null && !ToolRecognition.IsTool(c2, regime, lifeMonths: life))
            {
                e.Add(new DomainError(ToolErrors.FixedAsset,
                    $"Đơn giá {VietnameseFormat.Amount(c2)} không dưới ngưỡng tài sản cố định {ToolRecognition.Threshold(regime)} ({regime.Source.Split(',')[0]}): đây là tài sản cố định (asset import); " +
                    $"nếu thời gian sử dụng dưới {Y(regime.MinimumLifeYears)} năm thì ghi cột life_months.", "unit_cost", row));
            }

            // One limit for every amount: a row's value, and the unit's total the opening voucher posts on one line.
            if (unitCost is { } cost && cost > 0 && quantity > 0 && unit is not null)
            {
                var total = (Int128)quantity * cost + unitTotals.GetValueOrDefault(unit);
                if ((Int128)quantity * cost > Money.MaxAmount)
                {
                    e.Add(new DomainError(ToolErrors.BadField,
                        $"Giá trị {VietnameseFormat.Number(quantity)} × {VietnameseFormat.Amount(cost)} vượt giới hạn {VietnameseFormat.Amount(Money.MaxAmount)} của một số tiền.", "quantity", row));
                }
                else if (total > Money.MaxAmount)
                {
                    e.Add(new DomainError(ToolErrors.BadField,
                        $"Tổng giá trị công cụ, dụng cụ của đơn vị {unit} trong tệp đến dòng này vượt giới hạn {VietnameseFormat.Amount(Money.MaxAmount)} của một bút toán.", "quantity", row));
                }
                else
                {
                    unitTotals[unit] = (long)total;
                }
            }

            if (regime is null)
            {
                e.Add(new DomainError(AssetErrors.RegimeMissing, $"Chưa có chế độ hao mòn cho năm {Y(opening.Year)} trong db/assets/wear-regimes.csv.", "unit_cost", row));
            }

            if (fund is not null && book.Accounts.Resolve("tool-funding", fund, autonomy, EstimateYear.Current, item, opening) is { IsFailure: true })
            {
                e.Add(new DomainError(ToolErrors.BadField, $"Nguồn '{fund}' chưa có tài khoản công cụ, dụng cụ (vai trò tool-funding, db/posting/account-roles.csv).", "fund_source", row));
            }

            errors.AddRange(e);
            if (e.Count == 0)
            {
                rows.Add(new Row(row, code!, name!, unit!, measure!, quantity, unitCost!.Value, new ToolLine(fund!, autonomy, sector!, item!),
                    Values.Optional(h.Get(rec, "custodian")), Values.Optional(h.Get(rec, "location"))));
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new DomainError(ImportErrors.EmptyFile, "Tệp không có dòng công cụ, dụng cụ nào.", Row: 2));
        }

        return (rows, errors);
    }

    private static string Y(int n) => n.ToString(CultureInfo.InvariantCulture);
}
