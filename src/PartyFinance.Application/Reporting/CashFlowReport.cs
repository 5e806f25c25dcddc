using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Reporting;

/// <summary>
/// B03/BCTC by the direct method: each line takes the cash received (<c>cash-in</c>) or paid
/// (<c>cash-out</c>) against its contra accounts; <c>cash-in-other</c> / <c>cash-out-other</c> take every
/// contra no other line of that side takes, so nothing is lost; <c>cash-opening</c> is the cash at the
/// start of the year. The cash accounts are the report's <c>accounts</c>. A year whose flows do not bring
/// the opening to the closing balance gets a note.
/// </summary>
internal sealed class CashFlowReport(IReportSource source)
{
    public async Task<Result<(IReadOnlyList<ReportRow> Rows, IReadOnlyList<string> Notes)>> RowsAsync(ReportDefinition d, int year, string? unit, CancellationToken ct)
    {
        var years = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var column in d.Columns)
        {
            int? offset = column.Key switch { "year" => 0, "prior" => -1, _ => null };
            if (offset is null)
            {
                return new DomainError(ReportErrors.BadDefinition, $"Báo cáo {d.Code}: cột '{column.Key}' không được hỗ trợ (year, prior).", "columns");
            }

            years[column.Key] = year + offset.Value;
        }

        var flows = new Dictionary<int, IReadOnlyList<CashFlow>>();
        var balances = new Dictionary<int, (long Opening, long Closing)>();
        foreach (var y in years.Values.Distinct())
        {
            var period = ReportPeriod.WholeYear(y);
            flows[y] = await source.CashFlowsAsync(period, unit, d.Accounts, ct);
            var cash = (await source.MovementsAsync(period, unit, ct)).Where(m => d.Accounts.Any(a => m.Account.StartsWith(a, StringComparison.Ordinal))).ToList();
            balances[y] = (cash.Sum(m => m.OpeningDebit - m.OpeningCredit), cash.Sum(m => m.OpeningDebit - m.OpeningCredit + m.Debit - m.Credit));
        }

        var named = d.Lines.Where(l => l.Side is LineSide.CashIn or LineSide.CashOut).ToList();
        var rows = LineEvaluator.Rows(d, d.Columns.Select(c => c.Key).ToList(), (line, column) =>
        {
            var y = years[column];
            return line.Side switch
            {
                LineSide.CashOpening => balances[y].Opening,
                LineSide.CashIn => flows[y].Where(f => line.Takes(f.Contra)).Sum(f => f.In),
                LineSide.CashOut => flows[y].Where(f => line.Takes(f.Contra)).Sum(f => f.Out),
                LineSide.CashInOther => flows[y].Where(f => !named.Any(n => n.Side == LineSide.CashIn && n.Takes(f.Contra))).Sum(f => f.In),
                LineSide.CashOutOther => flows[y].Where(f => !named.Any(n => n.Side == LineSide.CashOut && n.Takes(f.Contra))).Sum(f => f.Out),
                _ => 0,
            };
        });
        if (rows.IsFailure)
        {
            return Result.Failure<(IReadOnlyList<ReportRow>, IReadOnlyList<string>)>(rows.Errors);
        }

        var notes = new List<string>();
        foreach (var y in years.Values.Distinct())
        {
            var net = flows[y].Sum(f => f.In - f.Out);
            if (balances[y].Opening + net != balances[y].Closing)
            {
                notes.Add($"Năm {y}: tiền đầu năm {VietnameseFormat.Number(balances[y].Opening)} đ cộng lưu chuyển thuần {VietnameseFormat.Number(net)} đ khác tiền cuối năm theo sổ {VietnameseFormat.Number(balances[y].Closing)} đ.");
            }
        }

        return Result.Success<(IReadOnlyList<ReportRow>, IReadOnlyList<string>)>((rows.Value, notes));
    }
}
