namespace PartyFinance.Application.Ledger;

/// <summary>One posted line of the account in the Sổ cái: its voucher, the contra accounts (TK đối ứng) and the amounts.</summary>
public sealed record LedgerBookEntry(DateOnly Date, string Number, string Description, string Account, string Contra, long Debit, long Credit);

/// <summary>A line of the book with the running balance after it.</summary>
public sealed record LedgerBookLine(LedgerBookEntry Entry, long BalanceDebit, long BalanceCredit);

/// <summary>The month's totals (cộng phát sinh tháng) and the balance at its end.</summary>
public sealed record LedgerBookMonth(int Year, int Month, IReadOnlyList<LedgerBookLine> Lines, long Debit, long Credit, long ClosingDebit, long ClosingCredit);

/// <summary>
/// Sổ cái of one account (with its sub-accounts) over a period: opening balance, the lines month by month with
/// their contra accounts, each month's totals and closing balance, the period's totals and closing balance.
/// </summary>
public sealed record LedgerBook(string Account, string Name, ReportPeriod Period, string? Unit, long OpeningDebit, long OpeningCredit,
    IReadOnlyList<LedgerBookMonth> Months)
{
    public long TotalDebit => Months.Sum(m => m.Debit);

    public long TotalCredit => Months.Sum(m => m.Credit);

    public long ClosingDebit => Side(checked(OpeningDebit - OpeningCredit + TotalDebit - TotalCredit)).Debit;

    public long ClosingCredit => Side(checked(OpeningDebit - OpeningCredit + TotalDebit - TotalCredit)).Credit;

    public static LedgerBook Build(string account, string name, ReportPeriod period, string? unit, long openingDebit, long openingCredit,
        IEnumerable<LedgerBookEntry> entries)
    {
        var net = checked(openingDebit - openingCredit);
        var months = new List<LedgerBookMonth>();
        foreach (var month in entries.GroupBy(e => (e.Date.Year, e.Date.Month)).OrderBy(g => g.Key))
        {
            var lines = new List<LedgerBookLine>();
            foreach (var e in month)
            {
                net = checked(net + e.Debit - e.Credit);
                var (d, c) = Side(net);
                lines.Add(new LedgerBookLine(e, d, c));
            }

            var (closeDebit, closeCredit) = Side(net);
            months.Add(new LedgerBookMonth(month.Key.Year, month.Key.Month, lines, lines.Sum(l => l.Entry.Debit), lines.Sum(l => l.Entry.Credit), closeDebit, closeCredit));
        }

        return new LedgerBook(account, name, period, unit, openingDebit, openingCredit, months);
    }

    private static (long Debit, long Credit) Side(long net) => net > 0 ? (net, 0) : (0, -net);
}
