using PartyFinance.Application.Authority;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
using PartyFinance.Web.Imports;

namespace PartyFinance.Web.Pages.NhapTep;

/// <summary>/nhap-tep/tham-quyen: `authority import` (delegation rule sets, each replacing the stored set of its name; administrator) in two steps: the dry run (<see cref="CheckRuleSetImport"/>), then the import.</summary>
public sealed class ThamQuyenModel(CheckRuleSetImport check, ImportRuleSets import) : TwoStepImportModel
{
    public override ImportScreen Screen { get; } = new("Nhập bộ quy tắc phân cấp thẩm quyền từ tệp CSV",
        "Cột: rule_set,issuer,decision_no,decision_date,effective_from,effective_to,action,asset_class,unit_kind,funding,basis,min_value,max_value,decider,requires_opinion,citation và tùy chọn spending_kind,verified (UTF-8, có dòng tiêu đề). Bộ cùng tên được thay cả bộ (ngày kết thúc đã ghi được giữ); quy tắc chồng lấn, bỏ trống khoảng giá trị, hoặc hai bộ cùng hiệu lực một ngày cho cùng hành động bị từ chối, không ghi gì.",
        "quy tắc phân cấp", "quy-tac.csv");

    protected override Permission Permission => Permission.RuleSetManage;

    protected override async Task<ImportOutcome> CheckAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        ImportOutcome.From(await check.RunAsync(file, by, ct), sets => "sẽ ghi " + Sets(sets));

    protected override async Task<ImportOutcome> ImportAsync(ImportFile file, DateOnly? date, string by, CancellationToken ct) =>
        ImportOutcome.From(await import.ExecuteAsync(file, by, ct), sets => "đã ghi " + Sets(sets));

    private static string Sets(IReadOnlyList<RuleSet> sets) =>
        $"{sets.Count} bộ quy tắc: " + string.Join("; ", sets.Select(s => $"'{s.Name}' ({s.DescribePeriod()}, {s.Rules.Count} quy tắc)")) + ".";
}
