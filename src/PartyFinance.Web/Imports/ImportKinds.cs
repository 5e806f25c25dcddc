using PartyFinance.Application.Assets;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Common;
using PartyFinance.Application.Ledger;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Web.Imports;

/// <summary>
/// One kind of import file as the web offers it: its screen, the permission it asks for, its dry run and its import. The
/// two-step screen (<see cref="TwoStepImportModel"/>) and <c>POST /api/imports/{kind}</c> both run through it, so a file is
/// checked and stored the same way whichever door it came in by; the import index lists the kinds a user may run.
/// </summary>
public abstract class ImportKind
{
    /// <summary>The kind's name in the API path (<c>/api/imports/{Key}</c>).</summary>
    public abstract string Key { get; }

    /// <summary>The screen's address (<c>/nhap-tep/…</c>).</summary>
    public abstract string Path { get; }

    /// <summary>What the file holds, as the import index lists it.</summary>
    public abstract string Name { get; }

    /// <summary>The command-line command that does the same.</summary>
    public abstract string Command { get; }

    public abstract ImportScreen Screen { get; }

    public abstract Permission Permission { get; }

    public abstract Task<ImportOutcome> CheckAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct);

    public abstract Task<ImportOutcome> ImportAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct);

    /// <summary>Every kind, in the order the import index lists them.</summary>
    public static IReadOnlyList<Type> All { get; } =
    [
        typeof(VoucherImportKind), typeof(BalanceImportKind), typeof(EstimateImportKind), typeof(AssetImportKind),
        typeof(ToolImportKind), typeof(UnitImportKind), typeof(AssetClassImportKind), typeof(RuleSetImportKind),
    ];

    /// <summary>Registers every kind as itself (the screens) and as an <see cref="ImportKind"/> (the API and the index).</summary>
    public static void Register(IServiceCollection services)
    {
        foreach (var kind in All)
        {
            services.AddScoped(kind);
            services.AddScoped(s => (ImportKind)s.GetRequiredService(kind));
        }
    }

    /// <summary>How an import report reads for the API and the screen: failed with its errors, or its summary and its figures.</summary>
    protected static ImportOutcome Of(ImportReport r, string summary, bool numbers) => !r.Succeeded ? ImportOutcome.Failed(r.Errors)
        : new([], summary, new { rows = r.Rows, stored = r.Stored, skipped = r.Skipped, first_number = numbers ? r.FirstNumber : null, last_number = numbers ? r.LastNumber : null });
}

public sealed class VoucherImportKind(CheckVoucherImport check, ImportVouchers import) : ImportKind
{
    public override string Key => "vouchers";

    public override string Path => "/chung-tu/nhap-tep";

    public override string Name => "Chứng từ";

    public override string Command => "voucher import";

    public override ImportScreen Screen { get; } = new("Nhập chứng từ từ tệp CSV",
        "Cột: key,date,unit,type,description,account,debit,credit và tùy chọn fund_source,budget_item,sector,program,counterparty (UTF-8, có dòng tiêu đề). Các dòng cùng key là một chứng từ.",
        "chứng từ", "chung-tu.csv");

    public override Permission Permission => Permission.VoucherImport;

    public override async Task<ImportOutcome> CheckAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct)
    {
        var r = await check.RunAsync(file, by, ct);
        return Of(r, $"{r.Rows} dòng; sẽ ghi {r.Stored} chứng từ" + (r.Skipped > 0 ? $", bỏ qua {r.Skipped} chứng từ đã ghi trước đây." : "."), false);
    }

    public override async Task<ImportOutcome> ImportAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct)
    {
        var r = await import.RunAsync(file, by, ct);
        return Of(r, $"{r.Stored} chứng từ" + (r.FirstNumber is { } first ? $" (số {first} … {r.LastNumber})" : string.Empty) + $"; bỏ qua {r.Skipped} chứng từ đã ghi trước đây.", true);
    }
}

public sealed class BalanceImportKind(CheckOpeningBalanceImport check, ImportOpeningBalances import) : ImportKind
{
    public override string Key => "balances";

    public override string Path => "/nhap-tep/so-du";

    public override string Name => "Số dư đầu năm";

    public override string Command => "balance import";

    public override ImportScreen Screen { get; } = new("Nhập số dư đầu năm từ tệp CSV",
        "Cột: unit,year,account,debit,credit (UTF-8, có dòng tiêu đề; số tiền nguyên đồng, mỗi dòng một bên). Tổng Nợ bằng tổng Có cho từng đơn vị và năm; tài khoản ngoài bảng (0xx) chỉ có số dư Nợ. Nhập lại đúng số liệu cũ là vô hại; số liệu khác với số dư đã có bị từ chối (điều chỉnh bằng chứng từ). Có lỗi thì không ghi gì.",
        "số dư đầu năm", "so-du.csv");

    public override Permission Permission => Permission.BalanceImport;

    public override async Task<ImportOutcome> CheckAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        Summary(await check.RunAsync(file, by, ct), "sẽ ghi");

    public override async Task<ImportOutcome> ImportAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        Summary(await import.RunAsync(file, by, ct), "đã ghi");

    private static ImportOutcome Summary(ImportReport r, string verb) =>
        Of(r, $"{r.Rows} dòng; {verb} {r.Stored} dòng số dư" + (r.Skipped > 0 ? $", bỏ qua {r.Skipped} dòng đã có (cùng số liệu)." : "."), false);
}

public sealed class EstimateImportKind(CheckEstimateImport check, ImportEstimates import) : ImportKind
{
    public override string Key => "estimates";

    public override string Path => "/nhap-tep/du-toan";

    public override string Name => "Giao dự toán";

    public override string Command => "budget import";

    public override ImportScreen Screen { get; } = new("Giao dự toán từ tệp CSV",
        "Cột: " + string.Join(',', ImportEstimates.Columns) + " (UTF-8, có dòng tiêu đề; autonomy: autonomous hoặc non-autonomous). Mỗi dòng giao một dòng dự toán mới; có lỗi thì không ghi gì.",
        "dự toán", "du-toan.csv");

    public override Permission Permission => Permission.BudgetImport;

    public override async Task<ImportOutcome> CheckAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct)
    {
        using var text = file.OpenText();
        return ImportOutcome.From(await check.RunAsync(text, by, ct), n => $"sẽ giao {n} dòng dự toán.", n => new { lines = n });
    }

    public override async Task<ImportOutcome> ImportAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct)
    {
        using var text = file.OpenText();
        return ImportOutcome.From(await import.RunAsync(text, ct), n => $"đã giao {n} dòng dự toán.", n => new { lines = n });
    }
}

public sealed class AssetImportKind(CheckAssetImport check, ImportAssets import) : ImportKind
{
    public override string Key => "assets";

    public override string Path => "/nhap-tep/tai-san";

    public override string Name => "Sổ tài sản cố định";

    public override string Command => "asset import";

    public override ImportScreen Screen { get; } = new("Nhập sổ tài sản cố định từ tệp CSV",
        "Cột: code,name,class,unit,in_service,original_cost,accumulated_wear,funding_state,funding_party,funding_other,origin,location,custodian và tùy chọn autonomy,sector,budget_item,depreciation (UTF-8, có dòng tiêu đề). Tất cả các dòng hoặc không dòng nào.",
        "sổ tài sản", "tai-san.csv", HasDate: true, DateLabel: "Ngày nhận sổ (để trống: 01/01 năm nay)");

    public override Permission Permission => Permission.AssetImport;

    public override async Task<ImportOutcome> CheckAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        ImportOutcome.From(await check.RunAsync(file, date, by, ct), r => $"{r.Rows} dòng; sẽ ghi tăng {r.Added} tài sản — " + Units(r, false), Figures);

    public override async Task<ImportOutcome> ImportAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        ImportOutcome.From(await import.RunAsync(file, date, by, ct), r => $"đã ghi tăng {r.Added} tài sản — " + Units(r, true), Figures);

    private static object Figures(AssetImportReport r) => new
    {
        rows = r.Rows,
        added = r.Added,
        units = r.Units.Select(u => new { unit = u.Unit, original_cost = u.OriginalCost, accumulated_wear = u.AccumulatedWear, voucher = u.Voucher }),
    };

    private static string Units(AssetImportReport r, bool stored) => string.Join("; ", r.Units.Select(u =>
        $"{u.Unit}: nguyên giá {VietnameseFormat.Amount(u.OriginalCost)}, hao mòn lũy kế {VietnameseFormat.Amount(u.AccumulatedWear)}"
        + (u.Voucher is null ? " (sổ cái đã có số dư, không lập chứng từ)" : stored ? $", chứng từ {u.Voucher}" : ", sẽ lập chứng từ mở sổ"))) + ".";
}

public sealed class ToolImportKind(CheckToolImport check, ImportTools import) : ImportKind
{
    public override string Key => "tools";

    public override string Path => "/nhap-tep/cong-cu";

    public override string Name => "Sổ công cụ, dụng cụ";

    public override string Command => "tool import";

    public override ImportScreen Screen { get; } = new("Nhập sổ công cụ, dụng cụ từ tệp CSV",
        "Cột: code,name,unit,measure,quantity,unit_cost,fund_source,sector,budget_item và tùy chọn autonomy,custodian,location,life_months (UTF-8, có dòng tiêu đề). Tất cả các dòng hoặc không dòng nào.",
        "sổ công cụ, dụng cụ", "cong-cu.csv", HasDate: true, DateLabel: "Ngày nhận sổ (để trống: 01/01 năm nay)");

    public override Permission Permission => Permission.ToolImport;

    public override async Task<ImportOutcome> CheckAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        ImportOutcome.From(await check.RunAsync(file, date, by, ct), r => $"{r.Rows} dòng; sẽ ghi {r.Added} công cụ, dụng cụ — " + Units(r, false), Figures);

    public override async Task<ImportOutcome> ImportAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        ImportOutcome.From(await import.RunAsync(file, date, by, ct), r => $"đã ghi {r.Added} công cụ, dụng cụ — " + Units(r, true), Figures);

    private static object Figures(ToolImportReport r) => new
    {
        rows = r.Rows,
        added = r.Added,
        units = r.Units.Select(u => new { unit = u.Unit, value = u.Value, voucher = u.Voucher }),
    };

    private static string Units(ToolImportReport r, bool stored) => string.Join("; ", r.Units.Select(u =>
        $"{u.Unit}: giá trị {VietnameseFormat.Amount(u.Value)}" + (u.Voucher is null ? " (sổ cái đã có số dư)" : stored ? $", chứng từ {u.Voucher}" : ", sẽ lập chứng từ mở sổ"))) + ".";
}

public sealed class UnitImportKind(CheckUnitImport check, ImportUnits import) : ImportKind
{
    public override string Key => "units";

    public override string Path => "/nhap-tep/don-vi";

    public override string Name => "Danh mục đơn vị";

    public override string Command => "unit import";

    public override ImportScreen Screen { get; } = new("Nhập danh mục đơn vị từ tệp CSV",
        "Cột: code,name,kind,parent,chapter,valid_from,valid_to,successor (UTF-8, có dòng tiêu đề; kind: provincial-office, party-agency, party-committee-bloc, party-service-unit, commune-committee; ngày yyyy-MM-dd). Mã mới được thêm, mã đã có được cập nhật (ghi nhật ký); có lỗi thì không ghi gì.",
        "danh mục đơn vị", "don-vi.csv");

    public override Permission Permission => Permission.UnitImport;

    public override async Task<ImportOutcome> CheckAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        Summary(await check.RunAsync(file, by, ct), "sẽ ghi");

    public override async Task<ImportOutcome> ImportAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        Summary(await import.RunAsync(file, by, ct), "đã ghi");

    private static ImportOutcome Summary(ImportReport r, string verb) =>
        Of(r, $"{r.Rows} dòng; {verb} {r.Stored} đơn vị mới hoặc thay đổi, {r.Skipped} đơn vị không đổi.", false);
}

public sealed class AssetClassImportKind(CheckAssetClassImport check, ImportAssetClasses import) : ImportKind
{
    public override string Key => "asset-classes";

    public override string Path => "/nhap-tep/loai-tai-san";

    public override string Name => "Danh mục loại tài sản cố định";

    public override string Command => "asset class import";

    public override ImportScreen Screen { get; } = new("Nhập danh mục loại tài sản cố định từ tệp CSV",
        "Cột: code,name,group,useful_life_years,annual_rate_percent,valid_from,valid_to,source,verified (UTF-8, có dòng tiêu đề; tỷ lệ dùng dấu chấm, verified: V, S hoặc U). Dòng cùng mã và ngày hiệu lực thay dòng đã có, dòng khác được thêm; mỗi loại, mỗi năm chỉ một dòng. Có lỗi thì không ghi gì.",
        "danh mục loại tài sản", "loai-tai-san.csv");

    public override Permission Permission => Permission.AssetClassImport;

    public override async Task<ImportOutcome> CheckAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        ImportOutcome.From(await check.RunAsync(file, by, ct), r => Summary(r, "sẽ thêm"), Figures);

    public override async Task<ImportOutcome> ImportAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        ImportOutcome.From(await import.RunAsync(file, by, ct), r => Summary(r, "đã thêm"), Figures);

    private static object Figures(ClassImportReport r) => new { rows = r.Rows, added = r.Added, replaced = r.Replaced, unchanged = r.Unchanged };

    private static string Summary(ClassImportReport r, string add) =>
        $"{r.Rows} dòng; {add} {r.Added}, thay {r.Replaced}, giữ nguyên {r.Unchanged} dòng loại tài sản.";
}

public sealed class RuleSetImportKind(CheckRuleSetImport check, ImportRuleSets import) : ImportKind
{
    public override string Key => "rule-sets";

    public override string Path => "/nhap-tep/tham-quyen";

    public override string Name => "Bộ quy tắc phân cấp thẩm quyền";

    public override string Command => "authority import";

    public override ImportScreen Screen { get; } = new("Nhập bộ quy tắc phân cấp thẩm quyền từ tệp CSV",
        "Cột: rule_set,issuer,decision_no,decision_date,effective_from,effective_to,action,asset_class,unit_kind,funding,basis,min_value,max_value,decider,requires_opinion,citation và tùy chọn spending_kind,verified (UTF-8, có dòng tiêu đề). Bộ cùng tên được thay cả bộ (ngày kết thúc đã ghi được giữ); quy tắc chồng lấn, bỏ trống khoảng giá trị, hoặc hai bộ cùng hiệu lực một ngày cho cùng hành động bị từ chối, không ghi gì.",
        "quy tắc phân cấp", "quy-tac.csv");

    public override Permission Permission => Permission.RuleSetManage;

    public override async Task<ImportOutcome> CheckAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        ImportOutcome.From(await check.RunAsync(file, by, ct), sets => "sẽ ghi " + Sets(sets), Figures);

    public override async Task<ImportOutcome> ImportAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        ImportOutcome.From(await import.ExecuteAsync(file, by, ct), sets => "đã ghi " + Sets(sets), Figures);

    private static object Figures(IReadOnlyList<RuleSet> sets) => new
    {
        rule_sets = sets.Select(s => new { name = s.Name, effective_from = s.EffectiveFrom, effective_to = s.EffectiveTo, rules = s.Rules.Count }),
    };

    private static string Sets(IReadOnlyList<RuleSet> sets) =>
        $"{sets.Count} bộ quy tắc: " + string.Join("; ", sets.Select(s => $"'{s.Name}' ({s.DescribePeriod()}, {s.Rules.Count} quy tắc)")) + ".";
}
