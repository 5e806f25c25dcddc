using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Domain.Posting;

/// <summary>
/// Which budget line a posting on an estimate account belongs to — the one rule that makes the
/// budget and the 008 ledger one book. For unit U, dimensions (fund source, item, sector) and an
/// account whose role (db/posting/account-roles.csv) is an estimate account:
/// <list type="bullet">
/// <item>năm nay accounts (0082x, 0042x) dated in year Y belong to line (U, Y);</item>
/// <item>năm trước accounts (0081x, 0041x) dated in year Y up to the month the settlement-adjustment
///   period of Y−1 ends (January) belong to line (U, Y−1): that year's spending in the adjustment period;</item>
/// <item>năm trước accounts dated later in Y belong to the carried-over line (U, Y, năm trước chuyển sang);</item>
/// <item>accounts without a year split (014, 018) belong to line (U, Y) of their date's year.</item>
/// </list>
/// Autonomy comes from the account; an account that does not split it (004) serves both.
/// Postings of estimate voucher types (DTG) are the estimate, all others use it.
/// </summary>
public sealed class EstimateAttribution(PostingRuleBook book, BudgetCalendar calendar)
{
    /// <summary>The line of a balance row, or null for an account that is not an estimate account.</summary>
    public (BudgetLineKey Key, bool AnyAutonomy, LedgerFigures Figures)? Attribute(EstimateBalance row) =>
        Read(row) is { } r
            ? (new BudgetLineKey(row.Unit, r.Year, row.FundSource, r.Autonomy ?? Autonomy.Autonomous, row.Sector, row.BudgetItem, r.Carried), r.Autonomy is null, new LedgerFigures(r.Estimate, r.Actual, r.Advance))
            : null;

    /// <summary>
    /// What <see cref="Attribute"/> decides of a row — its line's year, carry-over and autonomy (null: either; the other
    /// dimensions are the row's) and its three figures — as a value: <see cref="FiguresFor"/> reads a line's hundred-odd
    /// rows at every enforced budget check, and a key and figures object per row were a tenth of the check's allocations.
    /// </summary>
    private Reading? Read(EstimateBalance row)
    {
        var date = new DateOnly(row.Year, row.Month, 1);
        if (book.Accounts.EstimateRoleOf(row.Account, row.FundSource, date) is not { } role)
        {
            return null;
        }

        var (year, carried) = role.Year switch
        {
            EstimateYear.Current or null => (row.Year, false),
            EstimateYear.Prior => calendar.SettlementAdjustmentEnd(row.Year - 1) is { IsSuccess: true } end && row.Month <= end.Value.Month && end.Value.Year == row.Year
                ? (row.Year - 1, false)
                : (row.Year, true),
        };
        var net = checked(row.Debit - row.Credit);
        return book.EstimateVoucherTypes.Contains(row.VoucherType) ? new Reading(year, carried, role.Autonomy, net, 0, 0)
            : role.IsAdvance ? new Reading(year, carried, role.Autonomy, 0, 0, -net)
            : new Reading(year, carried, role.Autonomy, 0, -net, 0);
    }

    /// <summary>Whether a row read as <paramref name="r"/> belongs to <paramref name="key"/> (see <see cref="BelongsTo"/>), field by field.</summary>
    private static bool Matches(EstimateBalance row, Reading r, BudgetLineKey key, bool eitherAutonomy) =>
        // A row of an account that serves both autonomies stands for the asked autonomy when either is allowed, else for the autonomous line.
        r.Year == key.Year && r.Carried == key.CarriedOver && (r.Autonomy ?? (eitherAutonomy ? key.Autonomy : Autonomy.Autonomous)) == key.Autonomy
        && string.Equals(row.Unit, key.Unit, StringComparison.Ordinal) && string.Equals(row.FundSource, key.FundSource, StringComparison.Ordinal)
        && string.Equals(row.Sector, key.Sector, StringComparison.Ordinal) && string.Equals(row.BudgetItem, key.BudgetItem, StringComparison.Ordinal);

    private readonly record struct Reading(int Year, bool Carried, Autonomy? Autonomy, long Estimate, long Actual, long Advance);

    /// <summary>
    /// Sums rows into figures per line. A row of an account that serves both autonomies (004) counts
    /// for a <paramref name="known"/> line of either autonomy with its dimensions, else for the autonomous line.
    /// </summary>
    public Dictionary<BudgetLineKey, LedgerFigures> ByLine(IEnumerable<EstimateBalance> rows, IReadOnlyCollection<BudgetLineKey>? known = null)
    {
        var result = new Dictionary<BudgetLineKey, LedgerFigures>();
        foreach (var row in rows)
        {
            if (Attribute(row) is { } a)
            {
                var key = a.AnyAutonomy && known?.FirstOrDefault(k => k with { Autonomy = a.Key.Autonomy } == a.Key) is { } same ? same : a.Key;
                result[key] = result.TryGetValue(key, out var f) ? f.Add(a.Figures) : a.Figures;
            }
        }

        return result;
    }

    /// <summary>The figures of one line (rows of an account that serves both autonomies count for it whatever its autonomy).</summary>
    public LedgerFigures FiguresFor(BudgetLineKey key, IEnumerable<EstimateBalance> rows, bool eitherAutonomy = true)
    {
        var (estimate, actual, advance) = (0L, 0L, 0L);
        foreach (var row in rows)
        {
            if (Read(row) is { } r && Matches(row, r, key, eitherAutonomy))
            {
                (estimate, actual, advance) = (checked(estimate + r.Estimate), checked(actual + r.Actual), checked(advance + r.Advance));
            }
        }

        return new LedgerFigures(estimate, actual, advance);
    }

    /// <summary>
    /// The row's figures when it belongs to <paramref name="key"/>, else null. A row of an account that serves both
    /// autonomies belongs to either, unless <paramref name="eitherAutonomy"/> is false (the line of the other autonomy holds it).
    /// </summary>
    public LedgerFigures? BelongsTo(EstimateBalance row, BudgetLineKey key, bool eitherAutonomy = true) =>
        Read(row) is { } r && Matches(row, r, key, eitherAutonomy) ? new LedgerFigures(r.Estimate, r.Actual, r.Advance) : null;
}
