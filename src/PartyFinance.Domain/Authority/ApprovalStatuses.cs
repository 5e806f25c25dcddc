using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Authority;

/// <summary>Codes (JSON) and Vietnamese names of <see cref="ApprovalStatus"/>.</summary>
public static class ApprovalStatuses
{
    public static readonly CodeTable<ApprovalStatus> Table = new(
        (ApprovalStatus.Pending, "pending", "đang chờ duyệt"),
        (ApprovalStatus.Released, "released", "đã phê duyệt xong"),
        (ApprovalStatus.Rejected, "rejected", "đã bị từ chối"),
        (ApprovalStatus.Withdrawn, "withdrawn", "đã rút"));

    public static IEnumerable<string> Slugs => Table.Codes;

    public static string ToSlug(this ApprovalStatus value) => Table.Code(value);

    public static string VietnameseName(this ApprovalStatus value) => Table.Name(value);

    public static bool TryParse(string? code, out ApprovalStatus value) => Table.TryParse(code, out value);
}
