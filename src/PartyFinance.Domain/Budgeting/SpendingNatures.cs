using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Budgeting;

/// <summary>Codes (JSON) and Vietnamese names of <see cref="SpendingNature"/>. Stored by its C# name (a column written before schema 8), so the stored spelling differs from the code.</summary>
public static class SpendingNatures
{
    public static readonly CodeTable<SpendingNature> Table = new(
        (SpendingNature.Payment, "payment", "thanh toán", "Payment"),
        (SpendingNature.Advance, "advance", "tạm ứng", "Advance"));

    public static IEnumerable<string> Codes => Table.Codes;

    public static string Code(this SpendingNature value) => Table.Code(value);

    public static string VietnameseName(this SpendingNature value) => Table.Name(value);

    public static bool TryParse(string? code, out SpendingNature value) => Table.TryParse(code, out value);
}
