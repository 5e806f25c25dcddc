using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Budgeting;

/// <summary>Codes and Vietnamese names of <see cref="CommitmentStatus"/>. Stored by its C# name (a column written before schema 8), so the stored spelling differs from the code.</summary>
public static class CommitmentStatuses
{
    public static readonly CodeTable<CommitmentStatus> Table = new(
        (CommitmentStatus.Pending, "pending", "đang giữ dự toán", "Pending"),
        (CommitmentStatus.Posted, "posted", "đã chi", "Posted"),
        (CommitmentStatus.Voided, "voided", "đã giải phóng", "Voided"));

    public static IEnumerable<string> Codes => Table.Codes;

    public static string Code(this CommitmentStatus value) => Table.Code(value);

    public static string VietnameseName(this CommitmentStatus value) => Table.Name(value);

    public static bool TryParse(string? code, out CommitmentStatus value) => Table.TryParse(code, out value);
}
