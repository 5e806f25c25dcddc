using System.Globalization;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Reporting;

/// <summary>
/// Which closing balances no line of a balance-sheet report takes (an account the mapping forgot, or a
/// balance on the unusual side, e.g. a credit balance on 138): listed under the report so the accountant
/// sees why the totals differ, never dropped silently.
/// </summary>
internal static class Coverage
{
    public static async Task<IReadOnlyList<string>> NotesAsync(ReportDefinition d, IReportSource source, int year, string? unit, CancellationToken ct)
    {
        var notes = new List<string>();
        foreach (var m in (await source.MovementsAsync(ReportPeriod.WholeYear(year), unit, ct)).Where(m => !m.IsOffBalance).OrderBy(m => m.Account, StringComparer.Ordinal))
        {
            var net = checked(m.OpeningDebit - m.OpeningCredit + m.Debit - m.Credit);
            if (net == 0)
            {
                continue;
            }

            var sides = d.Lines.Where(l => l.Side is not null && l.Formula.Count == 0 && l.Takes(m.Account)).Select(l => l.Side!.Value).ToList();
            var covered = sides.Any(s => s is LineSide.NetDebit or LineSide.NetCredit) || sides.Contains(net > 0 ? LineSide.Debit : LineSide.Credit);
            if (!covered)
            {
                var side = net > 0 ? "Nợ" : "Có";
                notes.Add($"Số dư {side} {VietnameseFormat.Number(Math.Abs(net))} đ của TK {m.Account} không thuộc chỉ tiêu nào của mẫu ({year.ToString(CultureInfo.InvariantCulture)}).");
            }
        }

        return notes;
    }
}
