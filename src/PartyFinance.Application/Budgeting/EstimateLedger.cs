using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// Posts estimate movements to the off-balance 008 accounts through the ledger, inside the budget
/// unit of work, so the budget lines and the books change together or not at all. A poster is
/// absent only in unit tests of the budget arithmetic.
/// </summary>
internal static class EstimateLedger
{
    public static async Task<Result> PostAsync(IVoucherPoster? ledger, IEnumerable<(BudgetLineKey Key, long Amount, string DecisionNo, DateOnly DecisionDate)> changes,
        string what, string by, CancellationToken ct)
    {
        if (ledger is null)
        {
            return Result.Success();
        }

        var errors = new List<DomainError>();
        foreach (var draft in EstimatePosting.Vouchers(changes, what))
        {
            var posted = await ledger.PostAsync(draft, by, ct);
            errors.AddRange(posted.Errors);
        }

        return errors.Count == 0 ? Result.Success() : Result.Failure(errors);
    }
}
