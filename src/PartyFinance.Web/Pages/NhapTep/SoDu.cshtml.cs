using PartyFinance.Application.Common;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Authority;
using PartyFinance.Web.Imports;

namespace PartyFinance.Web.Pages.NhapTep;

/// <summary>/nhap-tep/so-du: `balance import` (opening balances, balanced per unit and year, all or nothing) in two steps: the dry run (<see cref="CheckOpeningBalanceImport"/>), then the import.</summary>
public sealed class SoDuModel(CheckOpeningBalanceImport check, ImportOpeningBalances import) : TwoStepImportModel
{
    public override ImportScreen Screen { get; } = new("Nhập số dư đầu năm từ tệp CSV",
        "Cột: unit,year,account,debit,credit (UTF-8, có dòng tiêu đề; số tiền nguyên đồng, mỗi dòng một bên). Tổng Nợ bằng tổng Có cho từng đơn vị và năm; tài khoản ngoài bảng (0xx) chỉ có số dư Nợ. Nhập lại đúng số liệu cũ là vô hại; số liệu khác với số dư đã có bị từ chối (điều chỉnh bằng chứng từ). Có lỗi thì không ghi gì.",
        "số dư đầu năm", "so-du.csv");

    protected override Permission Permission => Permission.BalanceImport;

    protected override async Task<ImportOutcome> CheckAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        Outcome(await check.RunAsync(file, by, ct), "sẽ ghi");

    protected override async Task<ImportOutcome> ImportAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        Outcome(await import.RunAsync(file, by, ct), "đã ghi");

    private static ImportOutcome Outcome(ImportReport r, string verb) => !r.Succeeded ? ImportOutcome.Failed(r.Errors)
        : new([], $"{r.Rows} dòng; {verb} {r.Stored} dòng số dư" + (r.Skipped > 0 ? $", bỏ qua {r.Skipped} dòng đã có (cùng số liệu)." : "."));
}
