using PartyFinance.Application.Common;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Authority;
using PartyFinance.Web.Imports;

namespace PartyFinance.Web.Pages.NhapTep;

/// <summary>/nhap-tep/don-vi: `unit import` (units added or changed, all rows or none; administrator) in two steps: the dry run (<see cref="CheckUnitImport"/>), then the import.</summary>
public sealed class DonViModel(CheckUnitImport check, ImportUnits import) : TwoStepImportModel
{
    public override ImportScreen Screen { get; } = new("Nhập danh mục đơn vị từ tệp CSV",
        "Cột: code,name,kind,parent,chapter,valid_from,valid_to,successor (UTF-8, có dòng tiêu đề; kind: provincial-office, party-agency, party-committee-bloc, party-service-unit, commune-committee; ngày yyyy-MM-dd). Mã mới được thêm, mã đã có được cập nhật (ghi nhật ký); có lỗi thì không ghi gì.",
        "danh mục đơn vị", "don-vi.csv");

    protected override Permission Permission => Permission.UnitImport;

    protected override async Task<ImportOutcome> CheckAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        Outcome(await check.RunAsync(file, by, ct), "sẽ ghi");

    protected override async Task<ImportOutcome> ImportAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        Outcome(await import.RunAsync(file, by, ct), "đã ghi");

    private static ImportOutcome Outcome(Application.Ledger.ImportReport r, string verb) => !r.Succeeded ? ImportOutcome.Failed(r.Errors)
        : new([], $"{r.Rows} dòng; {verb} {r.Stored} đơn vị mới hoặc thay đổi, {r.Skipped} đơn vị không đổi.");
}
