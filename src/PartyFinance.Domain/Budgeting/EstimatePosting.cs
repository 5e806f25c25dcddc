using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PartyFinance.Domain.Ledger;

namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// The ledger side of estimate movements (chứng từ DTG): an allocation, a supplement or an increase
/// debits (increases) the line's off-balance 008 "thực chi" leaf, a decrease or a transfer out credits
/// it, each line carrying fund source, budget item and sector. Payments later credit the same leaf
/// (<see cref="PaymentPosting"/>), so 008's balance is the estimate not yet used. TT 107/2017 debits the
/// parent 0082x on receipt; our ledger posts to leaves only, so the thực chi leaf carries it —
/// an assumption marked unverified against TT 24/2024 in db/budget/README.md.
/// </summary>
public static class EstimatePosting
{
    /// <summary>One voucher per unit and decision; <paramref name="changes"/> are signed amounts per line.</summary>
    public static IReadOnlyList<VoucherDraft> Vouchers(IEnumerable<(BudgetLineKey Key, long Amount, string DecisionNo, DateOnly DecisionDate)> changes, string what)
    {
        var drafts = new List<VoucherDraft>();
        foreach (var g in changes.Where(c => c.Amount != 0).GroupBy(c => (c.Key.Unit, c.DecisionNo, c.DecisionDate)))
        {
            var lines = g.Select(c => new PostingDraft(PaymentPosting.Estimate(c.Key, new DateOnly(c.Key.Year, 1, 1), actual: true),
                Math.Max(c.Amount, 0), Math.Max(-c.Amount, 0), c.Key.FundSource, c.Key.BudgetItem, c.Key.Sector)).ToList();
            var identity = string.Join('\n', g.Select(c => c.Key + "|" + c.Amount.ToString(CultureInfo.InvariantCulture)));
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..12];
            var (unit, decision, date) = g.Key;
            drafts.Add(new VoucherDraft($"DTG-{unit}-{decision}-{date:yyyyMMdd}-{hash}", date, unit, "DTG",
                $"{what} theo quyết định {decision} ngày {date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}", lines));
        }

        return drafts;
    }
}
