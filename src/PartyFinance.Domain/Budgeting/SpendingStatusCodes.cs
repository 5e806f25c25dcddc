using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Budgeting;

/// <summary>Codes (JSON, database) and Vietnamese names of <see cref="SpendingStatus"/> ("awaiting-budget" …).</summary>
public static class SpendingStatusCodes
{
    public static readonly CodeTable<SpendingStatus> Table = new(
        (SpendingStatus.Draft, "draft", "nháp"),
        (SpendingStatus.Submitted, "submitted", "đã trình"),
        (SpendingStatus.AwaitingBudget, "awaiting-budget", "chờ dự toán"),
        (SpendingStatus.Approved, "approved", "đã duyệt"),
        (SpendingStatus.Paid, "paid", "đã chi"),
        (SpendingStatus.Settled, "settled", "đã thanh toán tạm ứng"),
        (SpendingStatus.Rejected, "rejected", "bị từ chối"),
        (SpendingStatus.Cancelled, "cancelled", "đã hủy"));

    public static IEnumerable<string> Codes => Table.Codes;

    public static string Code(this SpendingStatus value) => Table.Code(value);

    public static string VietnameseName(this SpendingStatus value) => Table.Name(value);

    public static bool TryParse(string? code, out SpendingStatus value) => Table.TryParse(code, out value);
}
