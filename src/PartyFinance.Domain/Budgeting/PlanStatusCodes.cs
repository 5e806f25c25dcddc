using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Budgeting;

/// <summary>Codes (JSON) and Vietnamese names of <see cref="PlanStatus"/>. Stored by its C# name (a column written before schema 8), so the stored spelling differs from the code.</summary>
public static class PlanStatusCodes
{
    public static readonly CodeTable<PlanStatus> Table = new(
        (PlanStatus.Draft, "draft", "nháp", "Draft"),
        (PlanStatus.Approved, "approved", "đã duyệt", "Approved"),
        (PlanStatus.Submitted, "submitted", "đã trình, chờ duyệt", "Submitted"),
        (PlanStatus.Rejected, "rejected", "bị từ chối", "Rejected"));

    public static IEnumerable<string> Codes => Table.Codes;

    public static string Code(this PlanStatus value) => Table.Code(value);

    public static string VietnameseName(this PlanStatus value) => Table.Name(value);

    public static bool TryParse(string? code, out PlanStatus value) => Table.TryParse(code, out value);
}
