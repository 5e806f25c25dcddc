namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// Vietnamese names of the actions a spending request's history records ("create", "approve" …, the
/// stable codes kept in spending_events.action and in JSON), for text a person reads.
/// </summary>
public static class SpendingActions
{
    private static readonly (string Code, string Name)[] Table =
    [
        ("create", "lập"),
        ("generate", "tạo từ kế hoạch chi định kỳ"),
        ("submit", "trình duyệt"),
        ("sign", "duyệt một bước"),
        ("approve", "duyệt"),
        ("approve-by-plan", "bố trí dự toán theo kế hoạch"),
        ("reject", "từ chối"),
        ("pay", "chi trả"),
        ("settle", "thanh toán tạm ứng"),
        ("cancel", "hủy"),
        ("payment-reversed", "ghi đảo chứng từ chi"),
        ("carry-forward", "chuyển nguồn sang năm sau"),
    ];

    public static IEnumerable<string> Codes => Table.Select(t => t.Code);

    /// <summary>The Vietnamese name of an action; one this application never writes is shown as is.</summary>
    public static string Name(string action) => Table.FirstOrDefault(t => t.Code == action).Name ?? action;
}
