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
        IEnumerable<(ToolLine Line, long Amount)> parts) =>
        AssetPosting.Merged(book, @event, key, unit, date, description, parts.Select(p => new PostingContext(unit, p.Line.FundSource, p.Line.Autonomy, p.Line.Sector,
            p.Line.BudgetItem, EstimateYear.Current, date, PostingContext.Amount(p.Amount))), ToolErrors.Error(ToolErrors.BadField, $"Nghiệp vụ '{@event}' không có dòng nào để ghi sổ."));
}
