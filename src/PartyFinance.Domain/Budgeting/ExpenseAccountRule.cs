namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// One row of db/budget/expense-accounts.csv: the 611x leaf that budget items (Mục/Tiểu mục)
/// <see cref="ItemFrom"/>..<see cref="ItemTo"/> are expensed to, for one autonomy, in a date range.
/// </summary>
public sealed record ExpenseAccountRule(
    Autonomy Autonomy,
    int ItemFrom,
    int ItemTo,
    string Account,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string Source,
    string Verified)
{
    public bool Matches(Autonomy autonomy, int item, DateOnly date) =>
        Autonomy == autonomy && ItemFrom <= item && item <= ItemTo && ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}
