using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// Runs a transition of one request with its budget line locked. The request is read again
/// inside the lock, so a concurrent transition that won the lock is seen and this one refused.
/// </summary>
internal static class RequestWork
{
    public static async Task<Result<SpendingRequest>> InLockAsync(IBudgetStore store, long id,
        Func<SpendingRequest, BudgetLine, Task<Result>> work, CancellationToken ct)
    {
        var first = await store.FindRequestAsync(id, ct);
        if (first is null)
        {
            return NotFound(id);
        }

        return await store.InLockedLinesAsync([first.Key], async locked =>
        {
            var request = await store.FindRequestAsync(id, ct);
            if (request is null)
            {
                return NotFound(id);
            }

            var line = locked.Find(first.Key);
            if (request.Key != first.Key || line is null)
            {
                return BudgetErrors.Error(BudgetErrors.LineNotFound, $"Không có dòng dự toán {request.Key} cho đề nghị {Id(id)}.");
            }

            var done = await work(request, line);
            if (done.IsFailure)
            {
                return Result.Failure<SpendingRequest>(done.Errors);
            }

            await store.SaveRequestAsync(request, ct);
            return Result.Success(request);
        }, ct);
    }

    /// <summary>A transition that does not touch the budget (submit, reject, cancel before approval).</summary>
    public static async Task<Result<SpendingRequest>> WithoutLockAsync(IBudgetStore store, long id, Func<SpendingRequest, Result> work, CancellationToken ct)
    {
        var request = await store.FindRequestAsync(id, ct);
        if (request is null)
        {
            return NotFound(id);
        }

        var done = work(request);
        if (done.IsFailure)
        {
            return Result.Failure<SpendingRequest>(done.Errors);
        }

        await store.SaveRequestAsync(request, ct);
        return Result.Success(request);
    }

    public static DomainError NotFound(long id) =>
        SpendingErrors.Error(SpendingErrors.RequestNotFound, $"Không tìm thấy đề nghị chi {Id(id)}.", "id");

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
