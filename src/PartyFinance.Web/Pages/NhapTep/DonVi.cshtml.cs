using PartyFinance.Web.Imports;

namespace PartyFinance.Web.Pages.NhapTep;

/// <summary>/nhap-tep/don-vi: `unit import` (units added or changed, all rows or none; administrator) in two steps: the dry run, then the import. The checks, texts and permission are <see cref="UnitImportKind"/>'s, shared with the API.</summary>
public sealed class DonViModel(UnitImportKind kind) : TwoStepImportModel(kind);
