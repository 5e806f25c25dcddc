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
}
