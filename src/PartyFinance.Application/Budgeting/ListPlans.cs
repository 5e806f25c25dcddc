using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Application.Budgeting;

/// <summary>`spend plan list`: rows shaped like the CLI's JSON {id, unit, amount, schedule, start, end, status}; amount is the latest version.</summary>
public sealed class ListPlans(IBudgetStore store)
{
    public async Task<IReadOnlyList<RecurringPlanRow>> RunAsync(CancellationToken ct) =>
        (await store.PlansAsync(ct)).OrderBy(p => p.Id)
            .Select(p => new RecurringPlanRow(p.Id, p.Key.Unit, p.Versions[^1].Amount, p.Schedule.Code(), p.Start.ToString(), p.End?.ToString(),
                p.Status.Code(), p.Payee))
            .ToList();
}

/// <summary>One row of <see cref="ListPlans"/>.</summary>
public sealed record RecurringPlanRow(long Id, string Unit, long Amount, string Schedule, string Start, string? End, string Status, string Payee);
