using PartyFinance.Application.Assets;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Web.Imports;

namespace PartyFinance.Web.Pages.NhapTep;

/// <summary>/nhap-tep/tai-san: `asset import` (the register taken over, all rows or none) in two steps: the dry run (<see cref="CheckAssetImport"/>), then the import.</summary>
public sealed class TaiSanModel(CheckAssetImport check, ImportAssets import) : TwoStepImportModel
{
    public override ImportScreen Screen { get; } = new("Nhập sổ tài sản cố định từ tệp CSV",
        "Cột: code,name,class,unit,in_service,original_cost,accumulated_wear,funding_state,funding_party,funding_other,origin,location,custodian và tùy chọn autonomy,sector,budget_item,depreciation (UTF-8, có dòng tiêu đề). Tất cả các dòng hoặc không dòng nào.",
        "sổ tài sản", "tai-san.csv", HasDate: true, DateLabel: "Ngày nhận sổ (để trống: 01/01 năm nay)");

    protected override Permission Permission => Permission.AssetImport;

    protected override async Task<ImportOutcome> CheckAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        ImportOutcome.From(await check.RunAsync(file, date, by, ct), r => $"{r.Rows} dòng; sẽ ghi tăng {r.Added} tài sản — " + Units(r, false));

    protected override async Task<ImportOutcome> ImportAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        ImportOutcome.From(await import.RunAsync(file, date, by, ct), r => $"đã ghi tăng {r.Added} tài sản — " + Units(r, true));

    private static string Units(AssetImportReport r, bool stored) => string.Join("; ", r.Units.Select(u =>
        $"{u.Unit}: nguyên giá {VietnameseFormat.Amount(u.OriginalCost)}, hao mòn lũy kế {VietnameseFormat.Amount(u.AccumulatedWear)}"
        + (u.Voucher is null ? " (sổ cái đã có số dư, không lập chứng từ)" : stored ? $", chứng từ {u.Voucher}" : ", sẽ lập chứng từ mở sổ"))) + ".";
}
