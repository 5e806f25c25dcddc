namespace PartyFinance.Application.Reporting;

/// <summary>
/// One line of a report as reports/*.lines.csv defines it. A line either reads the books (accounts and
/// side, or for settlement lines a measure of the estimate books with fund source, autonomy and item
/// filters) or sums other lines (formula: <c>110+120-130</c>); a line without either shows zero, a line
/// without a code is a heading.
/// </summary>
public sealed record ReportLineSpec(
    string Line,
    string Label,
    int Indent,
    bool Bold,
    IReadOnlyList<string> Accounts,
    IReadOnlyList<string> ExcludedAccounts,
    LineSide? Side,
    int Sign,
    IReadOnlyList<string> Excluding,
    IReadOnlyList<string>? FundSources,
    string? Autonomy,
    (string From, string To)? Items,
    IReadOnlyList<(int Sign, string Line)> Formula,
    string Verified)
{
    public bool IsHeading => Line.Length == 0;

    /// <summary>The account (a posted leaf code) belongs to the line: it starts with a listed prefix and with no excluded one.</summary>
    public bool Takes(string account) =>
        Accounts.Any(a => account.StartsWith(a, StringComparison.Ordinal)) && !ExcludedAccounts.Any(a => account.StartsWith(a, StringComparison.Ordinal));
}

/// <summary>What a line reads from its accounts (balances per posted account, turnover of the period) or from the estimate books.</summary>
public enum LineSide
{
    /// <summary>Sum of the debit balances of the accounts (each posted account on its own).</summary>
    Debit,

    /// <summary>Sum of the credit balances.</summary>
    Credit,

    /// <summary>Debit balance minus credit balance over all the accounts (may be negative).</summary>
    NetDebit,

    /// <summary>Credit balance minus debit balance (may be negative).</summary>
    NetCredit,

    /// <summary>Debit turnover minus credit turnover in the period, vouchers touching an excluded account left out.</summary>
    NetDebitTurnover,

    /// <summary>Credit turnover minus debit turnover in the period.</summary>
    NetCreditTurnover,

    /// <summary>Estimate of the lines carried over from the prior year (năm trước chuyển sang).</summary>
    EstimateCarried,

    /// <summary>Estimate of the year's own lines (giao trong năm, with its adjustments).</summary>
    EstimateCurrent,

    /// <summary>Spent (thực chi) on the estimate.</summary>
    Spent,

    /// <summary>Advanced (tạm ứng) on the estimate and not yet settled.</summary>
    Advanced,

    /// <summary>Cash received against the line's contra accounts (B03).</summary>
    CashIn,

    /// <summary>Cash paid against the line's contra accounts.</summary>
    CashOut,

    /// <summary>Cash received against every contra account no cash-in line takes.</summary>
    CashInOther,

    /// <summary>Cash paid against every contra account no cash-out line takes.</summary>
    CashOutOther,

    /// <summary>The cash accounts' balance at the start of the year.</summary>
    CashOpening,

    /// <summary>The asset register's figures of the assets whose group posts its cost to one of the accounts (asset reports).</summary>
    Register,

    /// <summary>
    /// A narrative row (B04/BCTC parts I–III): no amounts; its label is printed with the unit's data put in for the
    /// placeholders of <see cref="NarrativeFields"/>, or as written (a labelled row the accountant fills in).
    /// </summary>
    Text,
}

/// <summary>The placeholders a <see cref="LineSide.Text"/> label may hold, filled from the unit and the year of the report.</summary>
public static class NarrativeFields
{
    /// <summary>Placeholder → what it is filled with (the description is for error messages and reports/README.md).</summary>
    public static readonly IReadOnlyDictionary<string, string> Known = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["unit"] = "tên đơn vị",
        ["chapter"] = "mã chương",
        ["parent"] = "đơn vị cấp trên trực tiếp",
        ["subordinates"] = "các đơn vị cấp dưới",
        ["year"] = "năm báo cáo",
        ["year_start"] = "ngày đầu năm",
        ["year_end"] = "ngày cuối năm",
    };

    /// <summary>The placeholders <c>{name}</c> of a label, in order.</summary>
    public static IEnumerable<string> In(string label)
    {
        for (var at = label.IndexOf('{', StringComparison.Ordinal); at >= 0; at = label.IndexOf('{', at + 1))
        {
            var end = label.IndexOf('}', at + 1);
            yield return end < 0 ? label[(at + 1)..] : label[(at + 1)..end];
            if (end < 0)
            {
                yield break;
            }
        }
    }

    /// <summary>The label with each placeholder replaced by its value.</summary>
    public static string Fill(string label, IReadOnlyDictionary<string, string> values) =>
        In(label).Distinct(StringComparer.Ordinal).Aggregate(label, (text, name) => values.TryGetValue(name, out var v) ? text.Replace("{" + name + "}", v, StringComparison.Ordinal) : text);
}
