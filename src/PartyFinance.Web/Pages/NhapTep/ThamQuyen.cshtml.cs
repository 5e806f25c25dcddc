using PartyFinance.Web.Imports;

namespace PartyFinance.Web.Pages.NhapTep;

/// <summary>/nhap-tep/tham-quyen: `authority import` (delegation rule sets, each replacing the stored set of its name; administrator) in two steps: the dry run, then the import. The checks, texts and permission are <see cref="RuleSetImportKind"/>'s, shared with the API.</summary>
public sealed class ThamQuyenModel(RuleSetImportKind kind) : TwoStepImportModel(kind);
