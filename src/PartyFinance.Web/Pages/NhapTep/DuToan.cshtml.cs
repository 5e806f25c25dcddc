using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
using PartyFinance.Web.Imports;

namespace PartyFinance.Web.Pages.NhapTep;

/// <summary>/nhap-tep/du-toan: `budget import` (estimates allocated, all rows or none) in two steps: the dry run (<see cref="CheckEstimateImport"/>), then the import.</summary>
public sealed class DuToanModel(CheckEstimateImport check, ImportEstimates import) : TwoStepImportModel
{
    public override ImportScreen Screen { get; } = new("Giao dự toán từ tệp CSV",
        "Cột: " + string.Join(',', ImportEstimates.Columns) + " (UTF-8, có dòng tiêu đề; autonomy: autonomous hoặc non-autonomous). Mỗi dòng giao một dòng dự toán mới; có lỗi thì không ghi gì.",
        "dự toán", "du-toan.csv");

    protected override Permission Permission => Permission.BudgetImport;

    protected override async Task<ImportOutcome> CheckAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct)
    {
        using var text = file.OpenText();
        return ImportOutcome.From(await check.RunAsync(text, by, ct), n => $"sẽ giao {n} dòng dự toán.");
    }

    protected override async Task<ImportOutcome> ImportAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct)
    {
        using var text = file.OpenText();
        return ImportOutcome.From(await import.RunAsync(text, ct), n => $"đã giao {n} dòng dự toán.");
    }
}
