using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Budgeting;

/// <summary>Codes and Vietnamese names of <see cref="MovementKind"/>. Stored by its C# name (a column written before schema 8), so the stored spelling differs from the code.</summary>
public static class MovementKinds
{
    public static readonly CodeTable<MovementKind> Table = new(
        (MovementKind.Allocation, "allocation", "giao dự toán", "Allocation"),
        (MovementKind.Supplement, "supplement", "bổ sung dự toán", "Supplement"),
        (MovementKind.Adjustment, "adjustment", "điều chỉnh dự toán", "Adjustment"),
        (MovementKind.TransferIn, "transfer-in", "nhận điều chuyển dự toán", "TransferIn"),
        (MovementKind.TransferOut, "transfer-out", "điều chuyển dự toán đi", "TransferOut"),
        (MovementKind.CarryForwardIn, "carry-forward-in", "chuyển nguồn từ năm trước", "CarryForwardIn"),
        (MovementKind.CarryForwardOut, "carry-forward-out", "chuyển nguồn sang năm sau", "CarryForwardOut"),
        (MovementKind.Cancellation, "cancellation", "hủy dự toán", "Cancellation"));

    public static IEnumerable<string> Codes => Table.Codes;

    public static string Code(this MovementKind value) => Table.Code(value);

    public static string VietnameseName(this MovementKind value) => Table.Name(value);

    public static bool TryParse(string? code, out MovementKind value) => Table.TryParse(code, out value);
}
