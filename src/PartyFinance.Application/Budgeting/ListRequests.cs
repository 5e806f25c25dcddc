using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Application.Budgeting;

/// <summary>`spend list [--unit U]`: rows shaped like the CLI's JSON {id, unit, amount, status, fund_source, autonomy, sector, budget_item, plan}.</summary>
public sealed class ListRequests(IBudgetStore store)
{
    public async Task<IReadOnlyList<SpendingRequestRow>> RunAsync(string? unit, CancellationToken ct) =>
        (await store.RequestsAsync(unit, ct)).OrderBy(r => r.Id)
            .Select(r => new SpendingRequestRow(r.Id, r.Key.Unit, r.Amount, r.Status.Code(), r.Key.FundSource, r.Key.Autonomy.Code(),
                r.Key.Sector, r.Key.BudgetItem, r.PlanId, r.PlanMonth?.ToString(), r.VoucherNo))
            .ToList();
}

/// <summary>One row of <see cref="ListRequests"/>.</summary>
public sealed record SpendingRequestRow(long Id, string Unit, long Amount, string Status, string FundSource, string Autonomy,
    string Sector, string BudgetItem, long? Plan, string? PlanMonth, string? VoucherNo);
