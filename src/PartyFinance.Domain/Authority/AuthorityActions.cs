using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Authority;

/// <summary>Codes and Vietnamese names of <see cref="AuthorityAction"/>.</summary>
public static class AuthorityActions
{
    public static readonly CodeTable<AuthorityAction> Table = new(
        (AuthorityAction.Purchase, "purchase", "mua sắm"),
        (AuthorityAction.LeaseIn, "lease-in", "thuê tài sản"),
        (AuthorityAction.Allocate, "allocate", "giao tài sản"),
        (AuthorityAction.Transfer, "transfer", "điều chuyển"),
        (AuthorityAction.Recover, "recover", "thu hồi"),
        (AuthorityAction.Sell, "sell", "bán"),
        (AuthorityAction.Liquidate, "liquidate", "thanh lý"),
        (AuthorityAction.Destroy, "destroy", "tiêu hủy"),
        (AuthorityAction.WriteOffLoss, "write-off-loss", "xử lý tài sản bị mất, bị hủy hoại"),
        (AuthorityAction.CommercialUse, "commercial-use", "sử dụng vào mục đích kinh doanh, cho thuê, liên doanh, liên kết"),
        (AuthorityAction.Spend, "spend", "chi tiêu"));

    public static IEnumerable<string> Slugs => Table.Codes;

    public static string ToSlug(this AuthorityAction value) => Table.Code(value);

    public static string VietnameseName(this AuthorityAction value) => Table.Name(value);

    public static bool TryParse(string? code, out AuthorityAction value) => Table.TryParse(code, out value);
}
