using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// `budget status --unit U --year Y`: one row per line the budget holds or the books know of.
/// Allocated is the original allocation and Adjustments everything the books hold beyond it; Spent
/// (thực chi) and Advanced (tạm ứng not yet settled with the Treasury) are the books' use of the
/// estimate; Committed is the only figure the budget keeps itself. Allocated + Adjustments − Committed
/// − Spent − Advanced = Available, and Allocated + Adjustments − Spent − Advanced is the line's 008 balance.
/// </summary>
public sealed class BudgetStatus(IBudgetStore store)
{
    public async Task<IReadOnlyList<BudgetStatusLine>> RunAsync(string unit, int year, CancellationToken ct)
    {
        var lines = await store.LinesAsync(unit, year, ct);
        return lines
            .OrderBy(l => l.Key.FundSource, StringComparer.Ordinal).ThenBy(l => l.Key.Autonomy)
            .ThenBy(l => l.Key.Sector, StringComparer.Ordinal).ThenBy(l => l.Key.BudgetItem, StringComparer.Ordinal)
            .Select(l => new BudgetStatusLine(l.Key.FundSource, l.Key.Autonomy.Code(), l.Key.Sector, l.Key.BudgetItem, l.Key.CarriedOver,
                l.Allocated, l.Adjustments, l.Committed, l.Spent, l.Advanced, l.Available, l.ControlMode))
            .ToList();
    }
}

/// <summary>One row of the budget status report.</summary>
public sealed record BudgetStatusLine(
    string FundSource, string Autonomy, string Sector, string BudgetItem, bool CarriedOver,
    long Allocated, long Adjustments, long Committed, long Spent, long Advanced, long Available, ControlMode ControlMode);
