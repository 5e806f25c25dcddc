using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Domain.Assets;

/// <summary>
/// The entries of the tools register (db/posting events tool-opening, tool-receipt, tool-issue,
/// tool-year-end; the purchases tool-purchase-* are built by the spending request's payment): built per
/// tool line with the accounts of its fund source (153, 36612, 611x, 511x), lines that agree on account
/// and dimensions merged, so one voucher can carry many tools of one unit.
/// </summary>
public static class ToolPosting
{
    public const string Opening = "tool-opening";
    public const string Receipt = "tool-receipt";
    public const string Issue = "tool-issue";
    public const string YearEnd = "tool-year-end";
    public const string PurchaseCash = "tool-purchase-cash";
    public const string PurchaseBank = "tool-purchase-bank";

    public static Result<VoucherDraft> Voucher(PostingRuleBook book, string @event, string key, string unit, DateOnly date, string description,
        IEnumerable<(ToolLine Line, long Amount)> parts)
    {
        var merged = new Dictionary<(string Account, bool Debit, string? Fund, string? Item, string? Sector), long>();
        var order = new List<(string, bool, string?, string?, string?)>();
        string? type = null;
        foreach (var (line, amount) in parts)
        {
            var built = book.Build(@event, new PostingContext(unit, line.FundSource, line.Autonomy, line.Sector, line.BudgetItem, EstimateYear.Current, date,
                PostingContext.Amount(amount)));
            if (built.IsFailure)
            {
                return Result.Failure<VoucherDraft>(built.Errors);
            }

            type = built.Value.VoucherType;
            foreach (var l in built.Value.Lines)
            {
                var k = (l.AccountCode, l.Debit > 0, l.FundSource, l.BudgetItem, l.Sector);
                if (!merged.TryGetValue(k, out var sum))
                {
                    order.Add(k);
                }

                merged[k] = checked(sum + l.Debit + l.Credit);
            }
        }

        if (type is null || order.Count == 0)
        {
            return ToolErrors.Error(ToolErrors.BadField, $"Nghiệp vụ '{@event}' không có dòng nào để ghi sổ.");
        }

        var lines = order.Select(k => new PostingDraft(k.Item1, k.Item2 ? merged[k] : 0, k.Item2 ? 0 : merged[k], k.Item3, k.Item4, k.Item5)).ToList();
        return Result.Success(new VoucherDraft(key, date, unit, type, description, lines));
    }
}
