using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// Posts estimate movements to the off-balance estimate accounts through the ledger, inside the
/// budget unit of work, so the budget lines and the books change together or not at all. The poster is
/// required: without it an estimate would change the budget and not the books.
/// </summary>
internal static class EstimateLedger
{
    public const string OutsideEstimate = "budget.fund-outside-estimate";

    public static async Task<Result> PostAsync(IVoucherPoster ledger, PostingRuleBook book,
        IReadOnlyCollection<(BudgetLineKey Key, long Amount, string DecisionNo, DateOnly DecisionDate)> changes, string what, string by, CancellationToken ct,
        IReadOnlyDictionary<BudgetLineKey, int>? rows = null)
    {
        var drafts = EstimatePosting.Vouchers(changes, what, book, rows);
        if (drafts.IsFailure)
        {
            return drafts;
        }

        // A fund source whose estimate accounts are "-" (Party dues, the Party reserve fund) keeps no
        // estimate in the books; a budget line there could never agree with the ledger.
        var outside = changes.Where(c => c.Amount != 0 && drafts.Value.All(d => d.UnitCode != c.Key.Unit
            || d.Lines.All(l => l.FundSource != c.Key.FundSource || l.BudgetItem != c.Key.BudgetItem || l.Sector != c.Key.Sector))).ToList();
        if (outside.Count > 0)
        {
            return Result.Failure(outside.Select(c =>
            {
                var error = BudgetErrors.Error(OutsideEstimate,
                    $"Nguồn kinh phí {c.Key.FundSource} không theo dõi dự toán trên tài khoản ngoài bảng (NĐ 165/2017/NĐ-CP Điều 3, 30): "
                    + "không giao dự toán được; chi từ nguồn này ghi trực tiếp bằng chứng từ.", "fund_source");
                return rows is not null && rows.TryGetValue(c.Key, out var row) ? error.AtRow(row) : error;
            }).ToList());
        }

        var errors = new List<DomainError>();
        foreach (var draft in drafts.Value)
        {
            var posted = await ledger.PostAsync(draft, by, ct);
            errors.AddRange(posted.Errors.Select(InEstimateTerms));
        }

        return errors.Count == 0 ? Result.Success() : Result.Failure(errors);
    }

    /// <summary>
    /// The books refuse a voucher in their own columns (date, debit, credit); the person typed an estimate
    /// decision: its date is decision_date and its money amount.
    /// </summary>
    private static DomainError InEstimateTerms(DomainError e) => e.Field switch
    {
        "date" => e.ForField("decision_date"),
        "debit" or "credit" => e.ForField("amount"),
        _ => e,
    };
}
