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

    /// <summary>The books of the listed accounts ("*": every level-1 account posted in the year), one after the other.</summary>
    public async Task<IReadOnlyList<ReportRow>> BooksAsync(IReadOnlyList<string> accounts, int year, string? unit, CancellationToken ct)
    {
        var chart = await source.ChartAsync(ct);
        var codes = accounts is ["*"]
            ? (await source.MovementsAsync(ReportPeriod.WholeYear(year), unit, ct)).Select(m => Level1(m.Account, chart)).Distinct().Order(StringComparer.Ordinal).ToList()
            : accounts;
        var rows = new List<ReportRow>();
        foreach (var code in codes)
        {
            var name = chart.TryGetValue(code, out var a) ? a.Name : string.Empty;
            var book = await source.GeneralLedgerAsync(code, name, ReportPeriod.WholeYear(year), unit, ct);
            rows.Add(ReportRow.Heading($"Tài khoản {code} — {name}"));
            rows.Add(Summary("Số dư đầu kỳ", null, null, book.OpeningDebit, book.OpeningCredit));
            foreach (var m in book.Months)
            {
                foreach (var l in m.Lines)
                {
                    var e = l.Entry;
                    var texts = new Dictionary<string, string>(StringComparer.Ordinal)
                    {
                        ["date"] = VietnameseFormat.Date(e.Date),
                        ["number"] = e.Number,
                        ["contra"] = e.Account == code ? e.Contra : $"{e.Contra} [{e.Account}]",
                    };
                    rows.Add(new ReportRow(string.Empty, e.Description, 0, false, texts, Book(e.Debit, e.Credit, l.BalanceDebit, l.BalanceCredit)));
                }

                rows.Add(Summary($"Cộng phát sinh tháng {VietnameseFormat.Month(m.Year, m.Month)}", m.Debit, m.Credit, null, null));
            }

            rows.Add(Summary("Cộng phát sinh trong kỳ", book.TotalDebit, book.TotalCredit, null, null));
            rows.Add(Summary("Số dư cuối kỳ", null, null, book.ClosingDebit, book.ClosingCredit));
        }

        return rows;
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

    private static Dictionary<string, long> Book(long? debit, long? credit, long? balanceDebit, long? balanceCredit)
    {
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (key, v) in new[] { ("debit", debit), ("credit", credit), ("balance_debit", balanceDebit), ("balance_credit", balanceCredit) })
        {
            if (v is { } x)
            {
                values[key] = x;
            }
        }

        return values;
    }

    private static ReportRow Summary(string label, long? debit, long? credit, long? balanceDebit, long? balanceCredit) =>
        new(string.Empty, label, 0, true, ReportRow.NoTexts, Book(debit, credit, balanceDebit, balanceCredit));
}
