using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// The ledger side of estimate movements (chứng từ DTG): events estimate-increase and
/// estimate-decrease of db/posting, one voucher per unit, decision and budget year, each line with
/// fund source, budget item and sector. An estimate posts into its budget year: a decision dated
/// before the year is booked on 1 January of the year (the books of the year before never show it).
/// </summary>
public static class EstimatePosting
{
    public const string Increase = "estimate-increase";
    public const string Decrease = "estimate-decrease";

    /// <summary>The voucher date of an estimate decision for budget year <paramref name="year"/>.</summary>
    public static DateOnly BookingDate(int year, DateOnly decisionDate) => decisionDate.Year < year ? new DateOnly(year, 1, 1) : decisionDate;

    /// <summary>
    /// One voucher per unit, decision and year; <paramref name="changes"/> are signed amounts per line. With
    /// <paramref name="rows"/> (an import's source row of each line), every entry and every refusal names its row.
    /// </summary>
    public static Result<IReadOnlyList<VoucherDraft>> Vouchers(IEnumerable<(BudgetLineKey Key, long Amount, string DecisionNo, DateOnly DecisionDate)> changes,
        string what, PostingRuleBook book, IReadOnlyDictionary<BudgetLineKey, int>? rows = null)
    {
        var drafts = new List<VoucherDraft>();
        var errors = new List<DomainError>();
        foreach (var g in changes.Where(c => c.Amount != 0).GroupBy(c => (c.Key.Unit, c.DecisionNo, c.DecisionDate, c.Key.Year)))
        {
            var (unit, decision, decided, year) = g.Key;
            var date = BookingDate(year, decided);
            var lines = new List<PostingDraft>();
            string? type = null;
            foreach (var c in g)
            {
                var built = book.Build(c.Amount > 0 ? Increase : Decrease, PostingContext.For(c.Key, date, PostingContext.Amount(Math.Abs(c.Amount))));
                int? row = rows is not null && rows.TryGetValue(c.Key, out var r) ? r : null;
                if (built.IsFailure)
                {
                    errors.AddRange(row is { } at ? built.Errors.Select(e => e.AtRow(at)) : built.Errors);
                    continue;
                }

                type ??= built.Value.VoucherType;
                lines.AddRange(row is null ? built.Value.Lines : built.Value.Lines.Select(l => l with { Row = row }));
            }

            if (lines.Count == 0 || type is null)
            {
                continue;
            }

            // A refusal of the voucher as a whole (unit, period) names the first row it was built from.
            int? first = rows is null ? null : g.Select(c => rows.TryGetValue(c.Key, out var r) ? r : (int?)null).Min();
            var identity = string.Join('\n', g.Select(c => c.Key + "|" + c.Amount.ToString(CultureInfo.InvariantCulture)));
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..12];
            drafts.Add(new VoucherDraft($"DTG-{unit}-{decision}-{decided:yyyyMMdd}-{hash}", date, unit, type,
                $"{what} năm {year.ToString(CultureInfo.InvariantCulture)} theo quyết định {decision} ngày {decided.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}", lines, first));
        }

        return errors.Count > 0 ? Result.Failure<IReadOnlyList<VoucherDraft>>(errors) : Result.Success<IReadOnlyList<VoucherDraft>>(drafts);
    }
}
