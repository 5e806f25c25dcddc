using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;

namespace PartyFinance.Domain.Posting;

/// <summary>
/// The event → entries mapping of db/posting: builds the lines a business event posts, with the
/// accounts of its fund source. Code names events; which accounts, sides and dimensions they post is data.
/// </summary>
public sealed class PostingRuleBook(IReadOnlyList<PostingRule> rules, AccountRoleMap accounts)
{
    public const string NoRule = "posting.no-rule";

    public IReadOnlyList<PostingRule> Rules { get; } = rules;

    public AccountRoleMap Accounts { get; } = accounts;

    /// <summary>Accounts that only mirror money already counted (the temporary-receipt role, 337x): left out of a voucher's amount.</summary>
    public IReadOnlySet<string> MirrorAccounts { get; } =
        accounts.Roles.Where(r => r.Role == "temporary-receipt" && r.Posts).Select(r => r.Account).ToHashSet(StringComparer.Ordinal);

    /// <summary>Voucher types whose postings move the estimate itself rather than use it.</summary>
    public IReadOnlySet<string> EstimateVoucherTypes { get; } =
        rules.Where(r => r.Category is PostingCategory.Estimate or PostingCategory.YearEnd).Select(r => r.VoucherType).ToHashSet(StringComparer.Ordinal);

    public Result<(string VoucherType, IReadOnlyList<PostingDraft> Lines)> Build(string @event, PostingContext c)
    {
        var lines = Rules.Where(r => r.Event == @event && r.AppliesOn(c.Date)).OrderBy(r => r.Line).ToList();
        if (lines.Count == 0)
        {
            return new DomainError(NoRule, $"Chưa có quy tắc hạch toán cho nghiệp vụ '{@event}' ngày {VietnameseFormat.Date(c.Date)} trong db/posting/posting-rules.csv.");
        }

        var errors = new List<DomainError>();
        var drafts = new List<PostingDraft>();
        foreach (var rule in lines)
        {
            if (!c.Amounts.TryGetValue(rule.Amount, out var amount))
            {
                throw new InvalidOperationException($"Event '{@event}' was built without its amount '{rule.Amount}'.");
            }

            if (amount == 0)
            {
                continue;
            }

            var account = Accounts.Resolve(rule.Role, c.FundSource, c.Autonomy, c.Year, c.BudgetItem, c.Date);
            if (account.IsFailure)
            {
                errors.AddRange(account.Errors);
                continue;
            }

            if (!account.Value.Posts)
            {
                continue;
            }

            var code = account.Value.Account;
            if (code is AccountRole.FromAssetGroup or AccountRole.FromClosing)
            {
                if (c.GroupAccounts is null || !c.GroupAccounts.TryGetValue(rule.Role, out var fromContext))
                {
                    errors.Add(new DomainError(NoRule, code == AccountRole.FromAssetGroup
                        ? $"Nghiệp vụ '{@event}' cần tài khoản '{rule.Role}' của nhóm tài sản (db/assets/asset-groups.csv)."
                        : $"Nghiệp vụ '{@event}' cần tài khoản '{rule.Role}' của bút toán kết chuyển (db/posting/closing-accounts.csv).", "group"));
                    continue;
                }

                code = fromContext;
            }

            var debit = rule.IsDebit == amount > 0;
            var value = Math.Abs(amount);
            drafts.Add(rule.Dimensions switch
            {
                PostingDimensions.Budget => new PostingDraft(code, debit ? value : 0, debit ? 0 : value, c.FundSource, c.BudgetItem, c.Sector),
                PostingDimensions.Payee => new PostingDraft(code, debit ? value : 0, debit ? 0 : value, Counterparty: c.Payee),
                PostingDimensions.Fund => new PostingDraft(code, debit ? value : 0, debit ? 0 : value, c.FundSource),
                PostingDimensions.None => new PostingDraft(code, debit ? value : 0, debit ? 0 : value),
            });
        }

        return errors.Count > 0 ? Result.Failure<(string, IReadOnlyList<PostingDraft>)>(errors) : Result.Success((lines[0].VoucherType, (IReadOnlyList<PostingDraft>)drafts));
    }
}
