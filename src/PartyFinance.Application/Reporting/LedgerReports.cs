using System.Runtime.CompilerServices;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Reporting;

/// <summary>
/// The trial balance and the books in the Sổ cái layout, computed exactly as `ledger trial-balance` and
/// `ledger general` compute them (<see cref="TrialBalanceTree"/>, <see cref="LedgerBook"/>).
/// </summary>
internal sealed class LedgerReports(IReportSource source)
{
    private static readonly string[] BalanceKeys = ["opening_debit", "opening_credit", "debit", "credit", "closing_debit", "closing_credit"];

    public static readonly ReportColumn[] TrialBalanceColumns =
    [
        new("line", "Số hiệu TK", ColumnKind.Line, 11), new("label", "Tên tài khoản", ColumnKind.Label, 40),
        new("opening_debit", "Dư Nợ đầu kỳ", ColumnKind.Amount, 17), new("opening_credit", "Dư Có đầu kỳ", ColumnKind.Amount, 17),
        new("debit", "Phát sinh Nợ", ColumnKind.Amount, 17), new("credit", "Phát sinh Có", ColumnKind.Amount, 17),
        new("closing_debit", "Dư Nợ cuối kỳ", ColumnKind.Amount, 17), new("closing_credit", "Dư Có cuối kỳ", ColumnKind.Amount, 17),
    ];

    public static readonly ReportColumn[] BookColumns =
    [
        new("date", "Ngày ghi sổ", ColumnKind.Text, 11), new("number", "Số chứng từ", ColumnKind.Text, 22), new("label", "Diễn giải", ColumnKind.Label, 40),
        new("contra", "TK đối ứng", ColumnKind.Text, 11), new("debit", "Nợ", ColumnKind.Amount, 17), new("credit", "Có", ColumnKind.Amount, 17),
        new("balance_debit", "Dư Nợ", ColumnKind.Amount, 17), new("balance_credit", "Dư Có", ColumnKind.Amount, 17),
    ];

    public async Task<IReadOnlyList<ReportRow>> TrialBalanceAsync(int year, string? unit, CancellationToken ct)
    {
        var tb = TrialBalance.From(year, unit, await source.MovementsAsync(ReportPeriod.WholeYear(year), unit, ct));
        var chart = await source.ChartAsync(ct);
        var rows = TrialBalanceTree.Build(tb.OnBalance, chart).Select(Row).ToList();
        rows.Add(new ReportRow("total", "Cộng", 0, true, ReportRow.NoTexts, Values(tb.TotalOpeningDebit, tb.TotalOpeningCredit, tb.TotalDebit, tb.TotalCredit, tb.TotalClosingDebit, tb.TotalClosingCredit)));
        if (tb.OffBalance.Count > 0)
        {
            rows.Add(ReportRow.Heading("TÀI KHOẢN NGOÀI BẢNG (Nợ = tăng, Có = giảm)"));
            rows.AddRange(TrialBalanceTree.Build(tb.OffBalance, chart).Select(Row));
        }

        return rows;
    }

    /// <summary>
    /// The books of the listed accounts ("*": every level-1 account posted in the year), one after the other, as rows read
    /// from the database while they are consumed: the opening, each line with its running balance, each month's totals
    /// (months with lines only), the period's totals and the closing balance — what <see cref="LedgerBook.Build"/> computes,
    /// without holding the book.
    /// </summary>
    public async IAsyncEnumerable<ReportRow> BooksAsync(IReadOnlyList<string> accounts, int year, string? unit, [EnumeratorCancellation] CancellationToken ct)
    {
        var chart = await source.ChartAsync(ct);
        var period = ReportPeriod.WholeYear(year);
        var contras = new SubAccountContras();
        IReadOnlyList<string> codes = accounts is ["*"]
            ? (await source.MovementsAsync(period, unit, ct)).Select(m => Level1(m.Account, chart)).Distinct().Order(StringComparer.Ordinal).ToList()
            : accounts;
        // Every book's lines come from one read of the ledger, book after book in the order asked.
        await using var lines = source.BookEntriesAsync(codes, period, unit, ct).GetAsyncEnumerator(ct);
        var pending = await lines.MoveNextAsync();
        for (var book = 0; book < codes.Count; book++)
        {
            var code = codes[book];
            var name = chart.TryGetValue(code, out var a) ? a.Name : string.Empty;
            var (openingDebit, openingCredit) = await source.BookOpeningAsync(code, period, unit, ct);
            yield return ReportRow.Heading($"Tài khoản {code} — {name}");
            yield return Summary("Số dư đầu kỳ", null, null, openingDebit, openingCredit);
            var net = checked(openingDebit - openingCredit);
            long totalDebit = 0, totalCredit = 0, monthDebit = 0, monthCredit = 0;
            (int Year, int Month)? month = null;
            var (shownDate, dateText) = (DateOnly.MinValue, string.Empty);
            for (; pending && lines.Current.Book == book; pending = await lines.MoveNextAsync())
            {
                var e = lines.Current.Entry;
                if (month is { } m && m != (e.Date.Year, e.Date.Month))
                {
                    yield return Summary($"Cộng phát sinh tháng {VietnameseFormat.Month(m.Year, m.Month)}", monthDebit, monthCredit, null, null);
                    (monthDebit, monthCredit) = (0, 0);
                }

                month = (e.Date.Year, e.Date.Month);
                net = checked(net + e.Debit - e.Credit);
                (monthDebit, monthCredit, totalDebit, totalCredit) = (checked(monthDebit + e.Debit), checked(monthCredit + e.Credit), checked(totalDebit + e.Debit), checked(totalCredit + e.Credit));
                if (e.Date != shownDate)
                {
                    // Lines of a day follow one another: the date is formatted once a day, not once a line.
                    (shownDate, dateText) = (e.Date, VietnameseFormat.Date(e.Date));
                }

                var texts = new BookTexts(dateText, e.Number, e.Account == code ? e.Contra : contras.Of(e.Contra, e.Account));
                yield return new ReportRow(string.Empty, e.Description, 0, false, texts, new BookAmounts(e.Debit, e.Credit, net > 0 ? net : 0, net < 0 ? -net : 0));
            }

            if (month is { } last)
            {
                yield return Summary($"Cộng phát sinh tháng {VietnameseFormat.Month(last.Year, last.Month)}", monthDebit, monthCredit, null, null);
            }

            yield return Summary("Cộng phát sinh trong kỳ", totalDebit, totalCredit, null, null);
            yield return Summary("Số dư cuối kỳ", null, null, net > 0 ? net : 0, net < 0 ? -net : 0);
        }
    }

    private static string Level1(string code, IReadOnlyDictionary<string, ChartAccount> chart)
    {
        for (var c = code; ;)
        {
            if (chart.GetValueOrDefault(c)?.Parent is not { } parent)
            {
                return c;
            }

            c = parent;
        }
    }

    private static ReportRow Row(TrialBalanceLine l) =>
        new(l.Row.Account, l.Row.Name, l.Depth, l.IsParent, ReportRow.NoTexts,
            Values(l.Row.OpeningDebit, l.Row.OpeningCredit, l.Row.Debit, l.Row.Credit, l.Row.ClosingDebit, l.Row.ClosingCredit));

    private static Dictionary<string, long> Values(params long[] v) =>
        BalanceKeys.Select((k, i) => (k, v[i])).ToDictionary(x => x.k, x => x.Item2, StringComparer.Ordinal);

    private static ReportRow Summary(string label, long? debit, long? credit, long? balanceDebit, long? balanceCredit) =>
        new(string.Empty, label, 0, true, ReportRow.NoTexts, new BookAmounts(debit, credit, balanceDebit, balanceCredit));
}
