using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>`spend plan add …`: a draft recurring plan with its first amount version.</summary>
public sealed class AddRecurringPlan(IBudgetStore store, AccessGuard access, TimeProvider time)
{
    public async Task<Result<RecurringPlan>> RunAsync(NewRecurringPlan input, CancellationToken ct)
    {
        var allowed = await access.CheckAsync(input.By, Permission.SpendRequest, input.Key.Unit, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<RecurringPlan>(allowed.Errors);
        }

        var id = await store.NextPlanIdAsync(ct);
        var plan = RecurringPlan.Create(id, input.Key, input.Payee, input.Purpose ?? input.Payee, input.Schedule, input.Start, input.End,
            input.Amount, input.By, time.GetUtcNow());
        if (plan.IsFailure)
        {
            return plan;
        }

        var saved = await store.SavePlanAsync(plan.Value, ct);
        return saved.IsFailure ? Result.Failure<RecurringPlan>(saved.Errors) : plan;
    }
}

/// <summary>Input of <see cref="AddRecurringPlan"/>; the key's Year is taken from <see cref="Start"/>.</summary>
public sealed record NewRecurringPlan(BudgetLineKey Key, string Payee, long Amount, Schedule Schedule, YearMonth Start, YearMonth? End,
    string By, string? Purpose = null);
