using PartyFinance.Web.Imports;

namespace PartyFinance.Web.Pages.NhapTep;

/// <summary>/nhap-tep/so-du: `balance import` (opening balances, balanced per unit and year, all or nothing) in two steps: the dry run, then the import. The checks, texts and permission are <see cref="BalanceImportKind"/>'s, shared with the API.</summary>
public sealed class SoDuModel(BalanceImportKind kind) : TwoStepImportModel(kind);
