using PartyFinance.Web.Imports;

namespace PartyFinance.Web.Pages.NhapTep;

/// <summary>/nhap-tep/du-toan: `budget import` (estimates allocated, all rows or none) in two steps: the dry run, then the import. The checks, texts and permission are <see cref="EstimateImportKind"/>'s, shared with the API.</summary>
public sealed class DuToanModel(EstimateImportKind kind) : TwoStepImportModel(kind);
