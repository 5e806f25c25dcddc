using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Authority;

/// <summary>Codes (JSON, approval_events.kind) and Vietnamese names of <see cref="ApprovalEventKind"/>.</summary>
public static class ApprovalEventKinds
{
    public static readonly CodeTable<ApprovalEventKind> Table = new(
        (ApprovalEventKind.Submitted, "submitted", "lập và trình"),
        (ApprovalEventKind.Approved, "approved", "duyệt"),
        (ApprovalEventKind.Rejected, "rejected", "từ chối"),
        (ApprovalEventKind.Released, "released", "phê duyệt xong (ban hành)"),
        (ApprovalEventKind.Withdrawn, "withdrawn", "rút hồ sơ"));

    public static IEnumerable<string> Slugs => Table.Codes;

    public static string ToSlug(this ApprovalEventKind value) => Table.Code(value);

    public static string VietnameseName(this ApprovalEventKind value) => Table.Name(value);

    public static bool TryParse(string? code, out ApprovalEventKind value) => Table.TryParse(code, out value);
}
