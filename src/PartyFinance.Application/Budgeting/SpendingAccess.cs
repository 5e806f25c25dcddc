using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>The permission check of a transition of a stored request or plan: for the unit of its budget line.</summary>
internal static class SpendingAccess
{
    public static async Task<Result> ForRequestAsync(this AccessGuard access, IBudgetStore store, long id, string by, Permission permission, CancellationToken ct) =>
        await ForLineAsync(access, await store.FindRequestLineAsync(id, ct), by, permission, ct);

    /// <summary>The check for a request whose line the caller has read (null: no such request, only the login is checked).</summary>
    public static async Task<Result> ForLineAsync(this AccessGuard access, BudgetLineKey? line, string by, Permission permission, CancellationToken ct) =>
        line is { } key ? await access.CheckAsync(by, permission, key.Unit, ct) : await access.KnownAsync(by, ct);

    public static async Task<Result> ForPlanAsync(this AccessGuard access, IBudgetStore store, long id, string by, Permission permission, CancellationToken ct) =>
        await store.FindPlanAsync(id, ct) is { } plan ? await access.CheckAsync(by, permission, plan.Key.Unit, ct) : await access.KnownAsync(by, ct);
}
