using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Assets;

/// <summary>What happened to a tool (công cụ, dụng cụ), as its register history records it.</summary>
public enum ToolEventKind
{
    /// <summary>Taken over with an existing register (`tool import`).</summary>
    Opening,

    /// <summary>Received into the store: bought (a paid spending request, cash or bank) or received in kind.</summary>
    Receipt,

    /// <summary>Issued from the store to use: expensed (Nợ 611x / Có 153).</summary>
    Issue,

    /// <summary>The year's issued value recognised as revenue (Nợ 36612 / Có 511x).</summary>
    YearEnd,

    /// <summary>The payment of a receipt was reversed before anything else touched the tool: that receipt is taken back.</summary>
    ReceiptReversed,
}

/// <summary>File, command-line and JSON codes of the tool enums and their Vietnamese names, declared once.</summary>
public static class ToolCodes
{
    public static readonly CodeTable<ToolEventKind> Events = new(
        (ToolEventKind.Opening, "opening", "Nhận sổ"),
        (ToolEventKind.Receipt, "receipt", "Nhập kho"),
        (ToolEventKind.Issue, "issue", "Xuất dùng"),
        (ToolEventKind.YearEnd, "year-end", "Kết chuyển cuối năm"),
        (ToolEventKind.ReceiptReversed, "receipt-reversed", "Đảo chứng từ mua, nhập kho"));

    public static string Code(this ToolEventKind value) => Events.Code(value);

    public static string VietnameseName(this ToolEventKind value) => Events.Name(value);
}
