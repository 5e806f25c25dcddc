using PartyFinance.Application.Common;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Authority;
using PartyFinance.Web.Imports;

namespace PartyFinance.Web.Pages.ChungTu;

/// <summary>
/// /chung-tu/nhap-tep: `voucher import` of a CSV file in two steps (<see cref="TwoStepImportModel"/>): the dry run
/// (<see cref="CheckVoucherImport"/>) shows the whole error list or what would be stored, then the confirmation imports the same content.
/// </summary>
public sealed class NhapTepModel(CheckVoucherImport check, ImportVouchers import) : TwoStepImportModel
{
    public override ImportScreen Screen { get; } = new("Nhập chứng từ từ tệp CSV",
        "Cột: key,date,unit,type,description,account,debit,credit và tùy chọn fund_source,budget_item,sector,program,counterparty (UTF-8, có dòng tiêu đề). Các dòng cùng key là một chứng từ.",
        "chứng từ", "chung-tu.csv");

    protected override Permission Permission => Permission.VoucherImport;

    protected override async Task<ImportOutcome> CheckAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct)
    {
        var r = await check.RunAsync(file, by, ct);
        return !r.Succeeded ? ImportOutcome.Failed(r.Errors)
            : new([], $"{r.Rows} dòng; sẽ ghi {r.Stored} chứng từ" + (r.Skipped > 0 ? $", bỏ qua {r.Skipped} chứng từ đã ghi trước đây." : "."));
    }

    protected override async Task<ImportOutcome> ImportAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct)
    {
        var r = await import.RunAsync(file, by, ct);
        return !r.Succeeded ? ImportOutcome.Failed(r.Errors)
            : new([], $"{r.Stored} chứng từ" + (r.FirstNumber is { } first ? $" (số {first} … {r.LastNumber})" : string.Empty) + $"; bỏ qua {r.Skipped} chứng từ đã ghi trước đây.");
    }
}
