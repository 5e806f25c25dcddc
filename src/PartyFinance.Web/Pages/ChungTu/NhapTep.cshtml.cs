using PartyFinance.Web.Imports;

namespace PartyFinance.Web.Pages.ChungTu;

/// <summary>/chung-tu/nhap-tep: `voucher import` of a CSV file in two steps: the dry run shows the whole error list or what would be stored, then the confirmation imports the same content. The checks, texts and permission are <see cref="VoucherImportKind"/>'s, shared with the API.</summary>
public sealed class NhapTepModel(VoucherImportKind kind) : TwoStepImportModel(kind);
