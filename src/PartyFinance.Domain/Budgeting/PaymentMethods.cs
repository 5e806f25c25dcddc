using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Budgeting;

/// <summary>Codes (`spend pay --method`) and Vietnamese names of <see cref="PaymentMethod"/>.</summary>
public static class PaymentMethods
{
    public static readonly CodeTable<PaymentMethod> Table = new(
        (PaymentMethod.BudgetWithdrawal, "withdrawal", "rút dự toán (RDT)"),
        (PaymentMethod.Cash, "cash", "tiền mặt (PC)"),
        (PaymentMethod.Bank, "bank", "ủy nhiệm chi (UNC)"));

    public static IEnumerable<string> Codes => Table.Codes;

    public static string Code(this PaymentMethod value) => Table.Code(value);

    public static string VietnameseName(this PaymentMethod value) => Table.Name(value);

    public static bool TryParse(string? code, out PaymentMethod value) => Table.TryParse(code, out value);
}
