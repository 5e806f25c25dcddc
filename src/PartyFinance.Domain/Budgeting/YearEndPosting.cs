using System.Globalization;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// The books' side of closing a budget line of year Y (events of db/posting, all DTG):
/// <list type="number">
/// <item>year-roll-out on 31/12/Y and year-roll-in on 01/01/Y+1: what the năm nay leaves still hold moves to the năm trước leaves;</item>
/// <item>on the last day of the settlement-adjustment period: carry-forward-out of what is carried and estimate-cancel of what is cancelled;</item>
/// <item>on the next day: carry-forward-in on the carried-over line of Y+1.</item>
/// </list>
/// A unit that ended during the year (<c>unitEnded</c>) carries and rolls nothing: its remainder is cancelled on its last day.
/// Spending in the adjustment period (January, năm trước leaves) thus comes out of the rolled estimate,
/// and after closing the line's own books stand at zero (less any advance not yet settled with the Treasury).
/// </summary>
public static class YearEndPosting
{
    public static Result<IReadOnlyList<VoucherDraft>> Vouchers(CarryForwardLine decision, IEnumerable<EstimateBalance> books, EstimateAttribution attribution,
        PostingRuleBook book, DateOnly settlementEnd, DateOnly? unitEnded = null)
    {
        var key = decision.Key;
        var year = key.Year;
        long actual = 0, advance = 0;
        foreach (var row in books)
        {
            if (attribution.BelongsTo(row, key) is not null && row.Year == year && book.Accounts.EstimateRoleOf(row.Account, row.FundSource, new DateOnly(row.Year, row.Month, 1)) is { Year: EstimateYear.Current } role)
            {
                var net = checked(row.Debit - row.Credit);
                (actual, advance) = role.IsAdvance ? (actual, checked(advance + net)) : (checked(actual + net), advance);
            }
        }

        var rolled = new Dictionary<string, long>(StringComparer.Ordinal) { ["actual-balance"] = actual, ["advance-balance"] = advance };
        if (key.CarriedOver || !book.Accounts.SplitsYears(key.FundSource, key.Autonomy, key.BudgetItem, new DateOnly(year, 12, 31)))
        {
            // A carried-over line already sits on năm trước, and 014/018 keep no năm trước: nothing to roll; cancel
            // (and for 014/018 carry out) on 31/12/Y, carry in on 01/01/Y+1.
            rolled = new Dictionary<string, long>(StringComparer.Ordinal) { ["actual-balance"] = 0, ["advance-balance"] = 0 };
            settlementEnd = new DateOnly(year, 12, 31);
        }

        if (unitEnded is { } last)
        {
            // A unit that ended during the year rolls nothing into a next year it does not have: what is left is cancelled on its last day.
            rolled = new Dictionary<string, long>(StringComparer.Ordinal) { ["actual-balance"] = 0, ["advance-balance"] = 0 };
            settlementEnd = last;
        }

        var steps = new List<(string Event, string Step, BudgetLineKey Key, DateOnly Date, IReadOnlyDictionary<string, long> Amounts, string Text)>
        {
            ("year-roll-out", "ROLL-OUT", key, new DateOnly(year, 12, 31), rolled, "Chuyển số dư dự toán năm nay sang năm trước"),
            ("year-roll-in", "ROLL-IN", key, new DateOnly(year + 1, 1, 1), rolled, "Nhận số dư dự toán năm trước chuyển sang"),
            ("carry-forward-out", "CARRY-OUT", key, settlementEnd, PostingContext.Amount(decision.Carried), "Chuyển nguồn sang năm sau: " + decision.CarryCitation),
            ("estimate-cancel", "CANCEL", key, settlementEnd, PostingContext.Amount(decision.Cancelled), "Hủy dự toán: " + decision.CancelReason),
            ("carry-forward-in", "CARRY-IN", TargetOf(key, book), settlementEnd.AddDays(1), PostingContext.Amount(decision.Carried), "Dự toán năm trước chuyển nguồn sang: " + decision.CarryCitation),
        };

        var drafts = new List<VoucherDraft>();
        var errors = new List<DomainError>();
        foreach (var (@event, step, lineKey, date, amounts, text) in steps)
        {
            if (amounts.Values.All(v => v == 0))
            {
                continue;
            }

            var built = book.Build(@event, PostingContext.For(lineKey, date, amounts));
            if (built.IsFailure)
            {
                errors.AddRange(built.Errors);
                continue;
            }

            if (built.Value.Lines.Count > 0)
            {
                drafts.Add(new VoucherDraft($"YE-{year.ToString(CultureInfo.InvariantCulture)}-{step}-{key}", date, key.Unit, built.Value.VoucherType,
                    $"{text} ({key})", built.Value.Lines));
            }
        }

        return errors.Count > 0 ? Result.Failure<IReadOnlyList<VoucherDraft>>(errors) : Result.Success<IReadOnlyList<VoucherDraft>>(drafts);
    }

    /// <summary>The line that receives a carry-forward: next year's carried-over line, or next year's own line where the accounts keep no năm trước.</summary>
    public static BudgetLineKey TargetOf(BudgetLineKey key, PostingRuleBook book) =>
        book.Accounts.SplitsYears(key.FundSource, key.Autonomy, key.BudgetItem, new DateOnly(key.Year, 12, 31)) ? key.CarryTarget() : key with { Year = key.Year + 1 };
}
