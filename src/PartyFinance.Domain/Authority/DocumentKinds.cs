using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Authority;

/// <summary>Codes and Vietnamese names of <see cref="DocumentKind"/>.</summary>
public static class DocumentKinds
{
    public static readonly CodeTable<DocumentKind> Table = new(
        (DocumentKind.SpendingRequest, "spending-request", "đề nghị chi"),
        (DocumentKind.PurchaseProposal, "purchase-proposal", "tờ trình mua sắm"),
        (DocumentKind.AssetAction, "asset-action", "hồ sơ xử lý tài sản"),
        (DocumentKind.Voucher, "voucher", "chứng từ"),
        (DocumentKind.RecurringPlan, "recurring-plan", "kế hoạch chi định kỳ"));

    public static IEnumerable<string> Slugs => Table.Codes;

    public static string ToSlug(this DocumentKind value) => Table.Code(value);

    public static string VietnameseName(this DocumentKind value) => Table.Name(value);

    public static bool TryParse(string? code, out DocumentKind value) => Table.TryParse(code, out value);
}
