using PartyFinance.Web.Imports;

namespace PartyFinance.Web.Pages.NhapTep;

/// <summary>/nhap-tep/cong-cu: `tool import` (the tools register taken over, all rows or none) in two steps: the dry run, then the import. The checks, texts and permission are <see cref="ToolImportKind"/>'s, shared with the API.</summary>
public sealed class CongCuModel(ToolImportKind kind) : TwoStepImportModel(kind);
