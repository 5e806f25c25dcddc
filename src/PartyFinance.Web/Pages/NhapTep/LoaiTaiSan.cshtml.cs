using PartyFinance.Application.Assets;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
using PartyFinance.Web.Imports;

namespace PartyFinance.Web.Pages.NhapTep;

/// <summary>/nhap-tep/loai-tai-san: `asset class import` (the dated class and rate table, all rows or none; administrator) in two steps: the dry run (<see cref="CheckAssetClassImport"/>), then the import.</summary>
public sealed class LoaiTaiSanModel(CheckAssetClassImport check, ImportAssetClasses import) : TwoStepImportModel
{
    public override ImportScreen Screen { get; } = new("Nhập danh mục loại tài sản cố định từ tệp CSV",
        "Cột: code,name,group,useful_life_years,annual_rate_percent,valid_from,valid_to,source,verified (UTF-8, có dòng tiêu đề; tỷ lệ dùng dấu chấm, verified: V, S hoặc U). Dòng cùng mã và ngày hiệu lực thay dòng đã có, dòng khác được thêm; mỗi loại, mỗi năm chỉ một dòng. Có lỗi thì không ghi gì.",
        "danh mục loại tài sản", "loai-tai-san.csv");

    protected override Permission Permission => Permission.AssetClassImport;

    protected override async Task<ImportOutcome> CheckAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        ImportOutcome.From(await check.RunAsync(file, by, ct), r => Summary(r, "sẽ thêm", "thay"));

    protected override async Task<ImportOutcome> ImportAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        ImportOutcome.From(await import.RunAsync(file, by, ct), r => Summary(r, "đã thêm", "thay"));

    private static string Summary(ClassImportReport r, string add, string replace) =>
        $"{r.Rows} dòng; {add} {r.Added}, {replace} {r.Replaced}, giữ nguyên {r.Unchanged} dòng loại tài sản.";
}
