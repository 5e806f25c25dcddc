using PartyFinance.Application.Assets;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Web.Imports;

namespace PartyFinance.Web.Pages.NhapTep;

/// <summary>/nhap-tep/cong-cu: `tool import` (the tools register taken over, all rows or none) in two steps: the dry run (<see cref="CheckToolImport"/>), then the import.</summary>
public sealed class CongCuModel(CheckToolImport check, ImportTools import) : TwoStepImportModel
{
    public override ImportScreen Screen { get; } = new("Nhập sổ công cụ, dụng cụ từ tệp CSV",
        "Cột: code,name,unit,measure,quantity,unit_cost,fund_source,sector,budget_item và tùy chọn autonomy,custodian,location,life_months (UTF-8, có dòng tiêu đề). Tất cả các dòng hoặc không dòng nào.",
        "sổ công cụ, dụng cụ", "cong-cu.csv", HasDate: true, DateLabel: "Ngày nhận sổ (để trống: 01/01 năm nay)");

    protected override Permission Permission => Permission.ToolImport;

    protected override async Task<ImportOutcome> CheckAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        ImportOutcome.From(await check.RunAsync(file, date, by, ct), r => $"{r.Rows} dòng; sẽ ghi {r.Added} công cụ, dụng cụ — " + Units(r, false));

    protected override async Task<ImportOutcome> ImportAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        ImportOutcome.From(await import.RunAsync(file, date, by, ct), r => $"đã ghi {r.Added} công cụ, dụng cụ — " + Units(r, true));

    private static string Units(ToolImportReport r, bool stored) => string.Join("; ", r.Units.Select(u =>
        $"{u.Unit}: giá trị {VietnameseFormat.Amount(u.Value)}" + (u.Voucher is null ? " (sổ cái đã có số dư)" : stored ? $", chứng từ {u.Voucher}" : ", sẽ lập chứng từ mở sổ"))) + ".";
}
