using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Reporting;

/// <summary>
/// B01/BCTC and B02/BCTC: lines read balances (per posted account, on its side) or turnover from the same
/// movements the trial balance shows. Columns: <c>end</c> / <c>start</c> (closing and opening balances of
/// the year) or <c>year</c> / <c>prior</c> (the year's and the prior year's turnover). In a balance report (B04/BCTC) a
/// turnover line reads the year's turnover under <c>end</c> and the prior year's under <c>start</c> (năm nay / năm trước),
/// and a text line (parts I–III) is filled from the unit's data.
/// </summary>
internal sealed class StatementReport(IReportSource source)
{
    public async Task<Result<IReadOnlyList<ReportRow>>> RowsAsync(ReportDefinition definition, int year, string? unit, CancellationToken ct)
    {
        var years = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var column in definition.Columns)
        {
            int? offset = column.Key switch { "end" or "start" or "year" => 0, "prior" => -1, _ => null };
            if (offset is null)
            {
                return new DomainError(ReportErrors.BadDefinition, $"Báo cáo {definition.Code}: cột '{column.Key}' không được hỗ trợ (end, start, year, prior).", "columns");
            }

            years[column.Key] = year + offset.Value;
        }

        // A turnover line under the opening column reads the prior year (năm trước), as B04/BCTC parts V–VI print it.
        int YearOf(ReportLineSpec line, string column) =>
            column == "start" && line.Side is LineSide.NetDebitTurnover or LineSide.NetCreditTurnover ? year - 1 : years[column];
        var wanted = years.Values.Concat(definition.Lines.SelectMany(l => years.Keys.Select(c => YearOf(l, c)))).Distinct();

        // One read per year and per set of excluded accounts; lines only pick from them. Off-balance accounts (class 0) are
        // kept: only a line that names one takes it (B04/BCTC part VII, the estimate left on 008), no prefix of another does.
        var movements = new Dictionary<(int Year, string Excluding), IReadOnlyList<AccountMovement>>();
        foreach (var y in wanted)
        {
            movements[(y, string.Empty)] = await source.MovementsAsync(ReportPeriod.WholeYear(y), unit, ct);
            foreach (var excluding in definition.Lines.Where(l => l.Excluding.Count > 0).Select(l => l.Excluding).DistinctBy(Key))
            {
                movements[(y, Key(excluding))] = (await source.MovementsExcludingAsync(ReportPeriod.WholeYear(y), unit, excluding, ct)).Where(m => !m.IsOffBalance).ToList();
            }
        }

        return LineEvaluator.Rows(definition, definition.Columns.Select(c => c.Key).ToList(), (line, column) =>
        {
            var rows = movements[(YearOf(line, column), line.Side is LineSide.NetDebitTurnover or LineSide.NetCreditTurnover ? Key(line.Excluding) : string.Empty)];
            return rows.Where(m => line.Takes(m.Account)).Aggregate(0L, (sum, m) => checked(sum + Read(line.Side!.Value, m, column == "start")));
        }, definition.Lines.Any(l => l.Side == LineSide.Text) ? Narrative.Of(await source.UnitsAsync(ct), year, unit) : null);
    }

    /// <summary>One account's part of a line: a balance on its side (opening or closing) or the period's net turnover.</summary>
    private static long Read(LineSide side, AccountMovement m, bool opening)
    {
        var net = opening ? checked(m.OpeningDebit - m.OpeningCredit) : checked(m.OpeningDebit - m.OpeningCredit + m.Debit - m.Credit);
        return side switch
        {
            LineSide.Debit => net > 0 ? net : 0,
            LineSide.Credit => net < 0 ? -net : 0,
            LineSide.NetDebit => net,
            LineSide.NetCredit => -net,
            LineSide.NetDebitTurnover => checked(m.Debit - m.Credit),
            LineSide.NetCreditTurnover => checked(m.Credit - m.Debit),
            LineSide.EstimateCarried or LineSide.EstimateCurrent or LineSide.Spent or LineSide.Advanced => 0,
            LineSide.CashIn or LineSide.CashOut or LineSide.CashInOther or LineSide.CashOutOther or LineSide.CashOpening or LineSide.Register or LineSide.Text => 0,
        };
    }

    private static string Key(IReadOnlyList<string> excluding) => string.Join(';', excluding.Order(StringComparer.Ordinal));
}
