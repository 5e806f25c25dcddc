using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Domain.Assets;

/// <summary>
/// The budget line a tool is funded from: its fund source (36612 and 511x follow it), autonomy,
/// Loại-Khoản and Mục — where its issue is expensed (611x) and its year-end revenue booked.
/// </summary>
public readonly record struct ToolLine(string FundSource, Autonomy Autonomy, string Sector, string BudgetItem)
{
    public override string ToString() => $"{FundSource}/{Autonomy.Code()}/{Sector}/{BudgetItem}";
}
