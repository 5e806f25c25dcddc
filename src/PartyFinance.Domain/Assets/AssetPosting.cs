using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Domain.Assets;

/// <summary>Where an asset's wear, depreciation and deferred revenue are booked: autonomy, Loại-Khoản and Mục.</summary>
public readonly record struct WearLine(Autonomy Autonomy, string Sector, string BudgetItem);

/// <summary>
/// The entries of an asset event (db/posting events asset-opening, asset-wear, asset-wear-revenue,
/// asset-transfer-out/in, asset-write-off, asset-proceeds), built per funding share — each share
/// books under its own fund source, so 36611 and 511 carry the source that paid — with the accounts
/// of the asset's group, and lines that differ only by share merged where their accounts and
/// dimensions agree.
/// </summary>
public static class AssetPosting
{
    /// <summary>What one share of one posting carries: the named amounts of the rule (cost, wear, residual, amount).</summary>
    public sealed record Part(string FundSource, Autonomy Autonomy, string Sector, string BudgetItem, AssetGroup Group, IReadOnlyDictionary<string, long> Amounts);

    /// <summary>
    /// The parts of an asset with <paramref name="funding"/>: the cost of each share, its share of
    /// <paramref name="wear"/> (accumulated) and of <paramref name="amount"/> (a year's wear, proceeds);
    /// residual = cost − wear per share, so every share balances on its own.
    /// </summary>
    public static Result<IReadOnlyList<Part>> Parts(WearLine line, AssetGroup group, AssetFunding funding, long wear, long amount, DateOnly date, AssetCatalogue catalogue)
    {
        var wearShares = wear == 0 ? [] : funding.Split(wear).ToDictionary(p => p.Share, p => p.Amount);
        var amountShares = amount == 0 ? [] : funding.Split(amount).ToDictionary(p => p.Share, p => p.Amount);
        var parts = new List<Part>(3);
        foreach (var share in new[] { FundingShare.State, FundingShare.Party, FundingShare.Other })
        {
            var cost = funding[share];
            if (cost == 0)
            {
                continue;
            }

            var rule = catalogue.Share(share, date);
            if (rule is null)
            {
                return AssetErrors.Error(AssetErrors.BadField, $"Chưa có nguồn ghi sổ cho phần vốn '{share.ToCode()}' ngày {VietnameseFormat.Date(date)} trong db/assets/funding-shares.csv.", "funding_" + share.ToCode());
            }

            var w = wearShares.GetValueOrDefault(share);
            parts.Add(new Part(rule.FundSource, line.Autonomy, line.Sector, line.BudgetItem, group, new Dictionary<string, long>(StringComparer.Ordinal)
            {
                ["cost"] = cost,
                ["wear"] = w,
                ["residual"] = checked(cost - w),
                ["amount"] = amountShares.GetValueOrDefault(share),
            }));
        }

        return Result.Success<IReadOnlyList<Part>>(parts);
    }

    /// <summary>The voucher of <paramref name="event"/> for the parts (of one or many assets of one unit), lines merged.</summary>
    public static Result<VoucherDraft> Voucher(PostingRuleBook book, string @event, string key, string unit, DateOnly date, string description, IEnumerable<Part> parts) =>
        Merged(book, @event, key, unit, date, description, parts.Select(part => new PostingContext(unit, part.FundSource, part.Autonomy, part.Sector, part.BudgetItem,
            EstimateYear.Current, date, part.Amounts, null, part.Group.Accounts())), AssetErrors.Error(AssetErrors.BadField, $"Nghiệp vụ '{@event}' không có dòng nào để ghi sổ."));

    /// <summary>
    /// One voucher of <paramref name="event"/> built for every context (an asset's, a tool's funding part), lines with
    /// the same account, side and dimensions summed into one; <paramref name="empty"/> when nothing is left to post.
    /// Shared by the asset and the tools registers.
    /// </summary>
    public static Result<VoucherDraft> Merged(PostingRuleBook book, string @event, string key, string unit, DateOnly date, string description,
        IEnumerable<PostingContext> contexts, DomainError empty)
    {
        var merged = new Dictionary<(string Account, bool Debit, string? Fund, string? Item, string? Sector), long>();
        var order = new List<(string, bool, string?, string?, string?)>();
        string? type = null;
        foreach (var context in contexts)
        {
            var built = book.Build(@event, context);
            if (built.IsFailure)
            {
                return Result.Failure<VoucherDraft>(built.Errors);
            }

            type = built.Value.VoucherType;
            foreach (var line in built.Value.Lines)
            {
                var k = (line.AccountCode, line.Debit > 0, line.FundSource, line.BudgetItem, line.Sector);
                if (!merged.TryGetValue(k, out var sum))
                {
                    order.Add(k);
                }

                merged[k] = checked(sum + line.Debit + line.Credit);
            }
        }

        if (type is null || order.Count == 0)
        {
            return empty;
        }

        var lines = order.Select(k => new PostingDraft(k.Item1, k.Item2 ? merged[k] : 0, k.Item2 ? 0 : merged[k], k.Item3, k.Item4, k.Item5)).ToList();
        return Result.Success(new VoucherDraft(key, date, unit, type, description, lines));
    }
}
