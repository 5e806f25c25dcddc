using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// Runs a transition of one request inside one unit of work. The request is read again inside
/// it, every check runs before anything changes, and the save refuses a copy that someone else
/// changed meanwhile (version check), so no interleaving loses an update.
/// </summary>
internal static class RequestWork
{
    /// <summary>A transition that touches the budget: the request's line is locked for the whole unit of work.</summary>
    public static async Task<Result<SpendingRequest>> InLockAsync(IBudgetStore store, long id,
        Func<SpendingRequest, BudgetLine, Task<Result>> work, CancellationToken ct) =>
        await InLockAsync(store, id, await store.FindRequestLineAsync(id, ct), work, ct);

    /// <summary>
    /// The same with the request's line already read (<paramref name="first"/>, null when the request was not found) by the caller's
    /// permission check: the request read under the lock must still be on that line, or nothing is done.
    /// </summary>
    public static async Task<Result<SpendingRequest>> InLockAsync(IBudgetStore store, long id, BudgetLineKey? first,
        Func<SpendingRequest, BudgetLine, Task<Result>> work, CancellationToken ct)
    {
        // The line to lock is the one the request is on; the request itself is read under the lock.
        if (first is null)
        {
            return NotFound(id);
        }

        return await store.InLockedLinesAsync([first], async locked =>
        {
            var request = await store.FindRequestAsync(id, ct);
            if (request is null)
            {
                return NotFound(id);
            }

            var line = locked.Find(first);
            if (request.Key != first || line is null)
            {
                return BudgetErrors.Error(BudgetErrors.LineNotFound, $"Không có dòng dự toán {request.Key} cho đề nghị {Id(id)}.");
            }

            var done = await work(request, line);
            return done.IsFailure ? Result.Failure<SpendingRequest>(done.Errors) : await SaveAsync(store, request, ct);
        }, ct);
    }

    /// <summary>A transition that does not touch the budget (submit, reject, cancel before approval): one transaction, no line lock.</summary>
    public static Task<Result<SpendingRequest>> WithoutLockAsync(IBudgetStore store, long id, Func<SpendingRequest, Task<Result>> work, CancellationToken ct) =>
        store.InLockedLinesAsync([], async _ =>
        {
            var request = await store.FindRequestAsync(id, ct);
            if (request is null)
            {
                return NotFound(id);
            }

            var done = await work(request);
            return done.IsFailure ? Result.Failure<SpendingRequest>(done.Errors) : await SaveAsync(store, request, ct);
        }, ct);

    public static Task<Result<SpendingRequest>> WithoutLockAsync(IBudgetStore store, long id, Func<SpendingRequest, Result> work, CancellationToken ct) =>
        WithoutLockAsync(store, id, r => Task.FromResult(work(r)), ct);

    public static DomainError NotFound(long id) =>
        SpendingErrors.Error(SpendingErrors.RequestNotFound, $"Không tìm thấy đề nghị chi {Id(id)}.", "id");

    private static async Task<Result<SpendingRequest>> SaveAsync(IBudgetStore store, SpendingRequest request, CancellationToken ct)
    {
        var saved = await store.SaveRequestAsync(request, ct);
        return saved.IsFailure ? Result.Failure<SpendingRequest>(saved.Errors) : Result.Success(request);
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
