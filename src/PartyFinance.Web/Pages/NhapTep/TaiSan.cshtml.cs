using PartyFinance.Web.Imports;

namespace PartyFinance.Web.Pages.NhapTep;

/// <summary>/nhap-tep/tai-san: `asset import` (the register taken over, all rows or none) in two steps: the dry run, then the import. The checks, texts and permission are <see cref="AssetImportKind"/>'s, shared with the API.</summary>
public sealed class TaiSanModel(AssetImportKind kind) : TwoStepImportModel(kind);
