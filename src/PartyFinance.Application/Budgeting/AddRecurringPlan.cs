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

        if (!await store.UnitExistsAsync(input.Key.Unit, ct))
        {
            return new DomainError(Domain.Ledger.LedgerErrors.UnitUnknown, $"Đơn vị '{input.Key.Unit}' không tồn tại (xem: partyfinance unit list).", "unit");
        }

        // Checked with a placeholder id first, so a refused plan leaves no gap in the numbering.
        var probe = Create(0, input);
        if (probe.IsFailure)
        {
            return probe;
        }

        // The plan's line is of its start year, whatever year the key came with.
        if (await BudgetClassification.CheckAsync(store, probe.Value.Key, time.GetUtcNow(), ct) is { } unclassified)
        {
            return unclassified;
        }

        var plan = Create(await store.NextPlanIdAsync(ct), input);

        var saved = await store.SavePlanAsync(plan.Value, ct);
        return saved.IsFailure ? Result.Failure<RecurringPlan>(saved.Errors) : plan;
    }

    private Result<RecurringPlan> Create(long id, NewRecurringPlan input) => RecurringPlan.Create(id, input.Key, input.Payee, input.Purpose ?? input.Payee, input.Schedule,
        input.Start, input.End, input.Amount, input.By, time.GetUtcNow());
}

/// <summary>Input of <see cref="AddRecurringPlan"/>; the key's Year is taken from <see cref="Start"/>.</summary>
public sealed record NewRecurringPlan(BudgetLineKey Key, string Payee, long Amount, Schedule Schedule, YearMonth Start, YearMonth? End,
    string By, string? Purpose = null);
