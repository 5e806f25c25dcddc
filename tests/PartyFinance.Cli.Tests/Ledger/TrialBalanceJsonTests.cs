using PartyFinance.Application.Ledger;
using PartyFinance.Cli.Commands;

namespace PartyFinance.Cli.Tests.Ledger;

/// <summary>The trial balance's JSON is written field by field; it must be the bytes the command line's serializer writes for the same shape.</summary>
public sealed class TrialBalanceJsonTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("VPTU")]
    public void TheWrittenJson_IsWhatTheGeneralSerializerWrites(string? unit)
    {
        var period = ReportPeriod.Range(new DateOnly(2025, 3, 5), new DateOnly(2025, 7, 9))!;
        TrialBalanceLine Line(string account, string name, string? parent, bool isParent, bool off, long seed) =>
            new(new TrialBalanceRow(account, name, off, seed, seed + 1, seed * 3, seed * 5, long.MaxValue - seed, 0), parent, parent is null ? 0 : 1, isParent);
        TrialBalanceLine[] on =
        [
            Line("111", "Tiền mặt", null, true, false, 10),
            Line("1111", "Tiền Việt Nam (Tiền mặt) \"quỹ\" <chính> & phụ", "111", false, false, 7_869_134),
            Line("61112", "Chi thường xuyên — Lương", null, false, false, 0),
        ];
        TrialBalanceLine[] off = [Line("008212", "Dự toán chi thường xuyên\ttạm ứng", null, false, true, 20_000_000)];

        var expected = new StringWriter();
        new Output(expected, TextWriter.Null).Json(new
        {
            from = period.From,
            to = period.To,
            unit,
            on_balance = on.Where(l => !l.IsParent).Select(Row),
            off_balance = off.Where(l => !l.IsParent).Select(Row),
            on_balance_parents = on.Where(l => l.IsParent).Select(Row),
            off_balance_parents = off.Where(l => l.IsParent).Select(Row),
        });

        Assert.Equal(expected.ToString(), TrialBalanceJson.Write(period, unit, on, off) + Environment.NewLine);
    }

    private static object Row(TrialBalanceLine l) => new
    {
        account = l.Row.Account,
        name = l.Row.Name,
        parent = l.Parent,
        opening_debit = l.Row.OpeningDebit,
        opening_credit = l.Row.OpeningCredit,
        debit = l.Row.Debit,
        credit = l.Row.Credit,
        closing_debit = l.Row.ClosingDebit,
        closing_credit = l.Row.ClosingCredit,
    };
}
