using System.Globalization;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Domain.Ledger;

/// <summary>Whether a closed account's balance is revenue (credit balance) or expense (debit balance).</summary>
public enum ClosingKind
{
    Revenue,
    Expense,
}

/// <summary>
/// One row of db/posting/closing-accounts.csv: the revenue or expense accounts under <see cref="Prefix"/>
/// close at year end into the 911 account of their activity (<see cref="Result"/>), whose result goes
/// to the 421 account of the same activity (<see cref="Surplus"/>). The longest matching prefix wins.
/// </summary>
public sealed record ClosingAccountRule(string Prefix, ClosingKind Kind, string Result, string Surplus, DateOnly ValidFrom, DateOnly? ValidTo, string Source, string Verified)
{
    public bool AppliesOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}

/// <summary>Whether a balance-sheet or off-balance account's closing balance becomes next year's opening balance.</summary>
public enum CarryTreatment
{
    Carry,
    NotCarried,
}

/// <summary>
/// One row of db/posting/opening-carry.csv: accounts under <see cref="Prefix"/> carry their closing
/// balance into next year's opening (on <see cref="Target"/>, a prefix replacing <see cref="Prefix"/>, or
/// the same account), or are not carried (the budget close moves them by vouchers). Longest prefix wins.
/// </summary>
public sealed record OpeningCarryRule(string Prefix, CarryTreatment Treatment, string? Target, DateOnly ValidFrom, DateOnly? ValidTo, string Source, string Verified)
{
    public bool AppliesOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}

/// <summary>A year's movements on one account of one unit with one set of budget dimensions.</summary>
public sealed record DimensionBalance(string Unit, string Account, string? FundSource, string? BudgetItem, string? Sector, long Debit, long Credit);

/// <summary>One account's closing balance of a unit (opening plus the year's movements), as debit and credit totals.</summary>
public sealed record ClosingBalance(string Unit, string Account, bool IsOffBalance, long Debit, long Credit);

/// <summary>The refusals of `close year`.</summary>
public static class ClosingErrors
{
    public const string UnmappedAccount = "close.unmapped-account";
    public const string NotClosed = "close.not-closed";
    public const string OpeningConflict = "close.opening-conflict";
}

/// <summary>
/// The year-end entries of a unit, built from the posting events of db/posting (close-revenue,
/// close-expense, close-result) with the accounts of db/posting/closing-accounts.csv, and next year's
/// opening balances from the closing balances by db/posting/opening-carry.csv. All dated 31/12.
/// </summary>
public sealed class YearClosing(IReadOnlyList<ClosingAccountRule> accounts, IReadOnlyList<OpeningCarryRule> carry)
{
    public IReadOnlyList<ClosingAccountRule> Accounts { get; } = accounts;

    public IReadOnlyList<OpeningCarryRule> Carry { get; } = carry;

    /// <summary>
    /// The account classes (first digit) whose balances close into 911 in <paramref name="year"/>: every
    /// class a row of closing-accounts.csv names, so a balance on an account of those classes that no row
    /// closes (652 not yet allocated) is refused rather than left behind.
    /// </summary>
    public IReadOnlyList<string> ClosedClasses(int year) =>
        Accounts.Where(a => a.AppliesOn(End(year))).Select(a => a.Prefix[..1]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>The classes of the 911 accounts in use in <paramref name="year"/>.</summary>
    public IReadOnlyList<string> ResultClasses(int year) =>
        Accounts.Where(a => a.AppliesOn(End(year))).Select(a => a.Result[..1]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public ClosingAccountRule? RuleFor(string account, DateOnly date) => Accounts.Where(a => a.AppliesOn(date) && account.StartsWith(a.Prefix, StringComparison.Ordinal))
        .MaxBy(a => a.Prefix.Length);

    public OpeningCarryRule? CarryFor(string account, DateOnly date) => Carry.Where(c => c.AppliesOn(date) && account.StartsWith(c.Prefix, StringComparison.Ordinal))
        .MaxBy(c => c.Prefix.Length);

    public static DateOnly End(int year) => new(year, 12, 31);

    /// <summary>
    /// Kết chuyển doanh thu, chi phí vào 911: every revenue and expense balance of the year, on its own
    /// dimensions, against the 911 account of its activity by fund source. Null when nothing is left to close.
    /// </summary>
    /// <param name="date">The voucher date: 31/12, or the last day of a unit that ended during the year (merged, dissolved).</param>
    public Result<VoucherDraft?> ClosingVoucher(PostingRuleBook book, string unit, int year, IEnumerable<DimensionBalance> balances, DateOnly? date = null)
    {
        var end = date ?? End(year);
        var errors = new List<DomainError>();
        var lines = new List<PostingDraft>();
        string? type = null;
        foreach (var b in balances.Where(b => b.Unit == unit).OrderBy(b => b.Account, StringComparer.Ordinal).ThenBy(b => b.FundSource, StringComparer.Ordinal)
                     .ThenBy(b => b.BudgetItem, StringComparer.Ordinal).ThenBy(b => b.Sector, StringComparer.Ordinal))
        {
            if (b.Debit == b.Credit)
            {
                continue;
            }

            if (RuleFor(b.Account, end) is not { } rule)
            {
                errors.Add(new DomainError(ClosingErrors.UnmappedAccount,
                    $"Đơn vị '{unit}': TK {b.Account} còn số dư {Side(b.Debit - b.Credit)} cuối năm {Y(year)} nhưng db/posting/closing-accounts.csv không cho biết kết chuyển vào TK 911 nào (phân bổ hoặc điều chỉnh trước khi khóa sổ).", "account"));
                continue;
            }

            var amount = rule.Kind == ClosingKind.Revenue ? checked(b.Credit - b.Debit) : checked(b.Debit - b.Credit);
            var built = Build(book, rule.Kind == ClosingKind.Revenue ? "close-revenue" : "close-expense", unit, end, b.FundSource, b.BudgetItem, b.Sector, amount,
                new Dictionary<string, string>(StringComparer.Ordinal) { ["closed-account"] = b.Account, ["result"] = rule.Result });
            if (built.IsFailure)
            {
                errors.AddRange(built.Errors);
                continue;
            }

            type = built.Value.Type;
            lines.AddRange(built.Value.Lines);
        }

        return errors.Count > 0 ? Result.Failure<VoucherDraft?>(errors)
            : type is null ? Result.Success<VoucherDraft?>(null)
            : Result.Success<VoucherDraft?>(Draft("KC911", unit, year, end, type, $"Kết chuyển doanh thu, chi phí năm {Y(year)} vào TK 911", Merge(lines)));
    }

    /// <summary>Kết chuyển kết quả: each 911 account's balance by fund source into the 421 account of its activity (surplus credit, deficit debit).</summary>
    public Result<VoucherDraft?> ResultVoucher(PostingRuleBook book, string unit, int year, IEnumerable<DimensionBalance> balances, DateOnly? date = null)
    {
        var end = date ?? End(year);
        var surplusOf = Accounts.Where(a => a.AppliesOn(end)).GroupBy(a => a.Result, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Surplus, StringComparer.Ordinal);
        var errors = new List<DomainError>();
        var lines = new List<PostingDraft>();
        string? type = null;
        var net = balances.Where(b => b.Unit == unit).GroupBy(b => (b.Account, b.FundSource))
            .Select(g => (g.Key.Account, g.Key.FundSource, Amount: checked(g.Sum(b => b.Credit) - g.Sum(b => b.Debit))))
            .Where(x => x.Amount != 0).OrderBy(x => x.Account, StringComparer.Ordinal).ThenBy(x => x.FundSource, StringComparer.Ordinal);
        foreach (var (account, fund, amount) in net)
        {
            if (!surplusOf.TryGetValue(account, out var surplus))
            {
                errors.Add(new DomainError(ClosingErrors.UnmappedAccount,
                    $"Đơn vị '{unit}': TK {account} còn số dư {Side(-amount)} cuối năm {Y(year)} nhưng không là TK 911 nào của db/posting/closing-accounts.csv.", "account"));
                continue;
            }

            var built = Build(book, "close-result", unit, end, fund, null, null, amount,
                new Dictionary<string, string>(StringComparer.Ordinal) { ["result"] = account, ["surplus"] = surplus });
            if (built.IsFailure)
            {
                errors.AddRange(built.Errors);
                continue;
            }

            type = built.Value.Type;
            lines.AddRange(built.Value.Lines);
        }

        return errors.Count > 0 ? Result.Failure<VoucherDraft?>(errors)
            : type is null ? Result.Success<VoucherDraft?>(null)
            : Result.Success<VoucherDraft?>(Draft("KC421", unit, year, end, type, $"Kết chuyển thặng dư (thâm hụt) năm {Y(year)} từ TK 911 sang TK 421", Merge(lines)));
    }

    /// <summary>
    /// Next year's opening balances from the closing balances of <paramref name="year"/>: every account
    /// the carry rules carry, netted to one side; a non-zero balance the rules neither carry nor leave
    /// out (a revenue or expense account not closed, 911 not cleared, an account no row names) is refused.
    /// </summary>
    public Result<IReadOnlyList<OpeningBalanceLine>> Openings(string unit, int year, IEnumerable<ClosingBalance> balances)
    {
        var end = End(year);
        var errors = new List<DomainError>();
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var b in balances.Where(b => b.Unit == unit).OrderBy(b => b.Account, StringComparer.Ordinal))
        {
            var net = checked(b.Debit - b.Credit);
            if (net == 0)
            {
                continue;
            }

            if (CarryFor(b.Account, end) is not { } rule)
            {
                errors.Add(new DomainError(RuleFor(b.Account, end) is null ? ClosingErrors.UnmappedAccount : ClosingErrors.NotClosed, RuleFor(b.Account, end) is null
                    ? $"Đơn vị '{unit}': TK {b.Account} còn số dư {Side(net)} cuối năm {Y(year)} mà db/posting/opening-carry.csv không chuyển sang năm sau cũng không loại ra."
                    : $"Đơn vị '{unit}': TK {b.Account} còn số dư {Side(net)} cuối năm {Y(year)}: chưa kết chuyển vào TK 911.", "account"));
                continue;
            }

            if (rule.Treatment == CarryTreatment.NotCarried)
            {
                continue;
            }

            var target = rule.Target is { Length: > 0 } t ? t + b.Account[rule.Prefix.Length..] : b.Account;
            lines[target] = checked(lines.GetValueOrDefault(target) + net);
        }

        return errors.Count > 0 ? Result.Failure<IReadOnlyList<OpeningBalanceLine>>(errors)
            : Result.Success<IReadOnlyList<OpeningBalanceLine>>(lines.Where(l => l.Value != 0).OrderBy(l => l.Key, StringComparer.Ordinal)
                .Select(l => new OpeningBalanceLine(unit, year + 1, l.Key, Math.Max(l.Value, 0), Math.Max(-l.Value, 0))).ToList());
    }

    private static Result<(string Type, IReadOnlyList<PostingDraft> Lines)> Build(PostingRuleBook book, string @event, string unit, DateOnly date, string? fund, string? item,
        string? sector, long amount, IReadOnlyDictionary<string, string> accounts)
    {
        var built = book.Build(@event, new PostingContext(unit, fund ?? string.Empty, Autonomy.Autonomous, sector ?? string.Empty, item ?? string.Empty, EstimateYear.Current,
            date, PostingContext.Amount(amount), null, accounts));
        return built.IsFailure
            ? Result.Failure<(string, IReadOnlyList<PostingDraft>)>(built.Errors)
            : Result.Success<(string, IReadOnlyList<PostingDraft>)>((built.Value.VoucherType, built.Value.Lines
                .Select(l => l with { FundSource = Blank(l.FundSource), BudgetItem = Blank(l.BudgetItem), Sector = Blank(l.Sector) }).ToList()));
    }

    /// <summary>Lines on the same account, side and dimensions are summed (the 911 side of many balances of one fund source).</summary>
    private static List<PostingDraft> Merge(IEnumerable<PostingDraft> lines)
    {
        var merged = new Dictionary<(string, bool, string?, string?, string?), long>();
        var order = new List<(string Account, bool Debit, string? Fund, string? Item, string? Sector)>();
        foreach (var l in lines)
        {
            var k = (l.AccountCode, l.Debit > 0, l.FundSource, l.BudgetItem, l.Sector);
            if (!merged.TryGetValue(k, out var sum))
            {
                order.Add(k);
            }

            merged[k] = checked(sum + l.Debit + l.Credit);
        }

        return order.Select(k => new PostingDraft(k.Account, k.Debit ? merged[k] : 0, k.Debit ? 0 : merged[k], k.Fund, k.Item, k.Sector)).ToList();
    }

    /// <summary>The key carries a hash of the content, so a rerun of the same close is a harmless retry and a later close of what was posted since gets its own key.</summary>
    private static VoucherDraft Draft(string prefix, string unit, int year, DateOnly date, string type, string description, List<PostingDraft> lines)
    {
        var draft = new VoucherDraft(string.Empty, date, unit, type, description, lines);
        return draft with { Key = $"{prefix}-{unit}-{Y(year)}-{VoucherFingerprint.Of(draft)[..10]}" };
    }

    private static string? Blank(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static string Side(long net) => net > 0 ? "Nợ " + VietnameseFormat.Amount(net) : "Có " + VietnameseFormat.Amount(-net);

    private static string Y(int year) => year.ToString(CultureInfo.InvariantCulture);
}
