using PartyFinance.Web.Imports;

namespace PartyFinance.Web.Pages.NhapTep;

/// <summary>/nhap-tep/loai-tai-san: `asset class import` (the dated class and rate table, all rows or none; administrator) in two steps: the dry run, then the import. The checks, texts and permission are <see cref="AssetClassImportKind"/>'s, shared with the API.</summary>
public sealed class LoaiTaiSanModel(AssetClassImportKind kind) : TwoStepImportModel(kind);
