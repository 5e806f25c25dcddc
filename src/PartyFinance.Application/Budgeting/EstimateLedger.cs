using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// Posts estimate movements to the off-balance 008 accounts through the ledger, inside the budget
/// unit of work, so the budget lines and the books change together or not at all. The poster is
/// required: without it an estimate would change the budget and not the books.
/// </summary>
internal static class EstimateLedger
{
    public static async Task<Result> PostAsync(IVoucherPoster ledger, IEnumerable<(BudgetLineKey Key, long Amount, string DecisionNo, DateOnly DecisionDate)> changes,
        string what, string by, CancellationToken ct)
    {
        var errors = new List<DomainError>();
        foreach (var draft in EstimatePosting.Vouchers(changes, what))
        {
            var posted = await ledger.PostAsync(draft, by, ct);
            errors.AddRange(posted.Errors);
        }

        return errors.Count == 0 ? Result.Success() : Result.Failure(errors);
    }
}
