using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli.Commands;

/// <summary>The year-end report: per line, what was carried forward (with its Art. 66.3 citation) and what was cancelled (and why).</summary>
internal static class YearEndOutput
{
    public static int Print(CliContext c, int year, IReadOnlyList<CarryForwardLine> report)
    {
        if (c.Json)
        {
            c.Output.Json(report.Select(l => new
            {
                unit = l.Key.Unit,
                year = l.Key.Year,
                fund_source = l.Key.FundSource,
                autonomy = l.Key.Autonomy.Code(),
                sector = l.Key.Sector,
                budget_item = l.Key.BudgetItem,
                carried = l.Carried,
                cancelled = l.Cancelled,
                carry_citation = l.CarryCitation,
                cancel_reason = l.CancelReason,
                carried_requests = l.CarriedRequests,
                cancelled_requests = l.CancelledRequests,
            }));
            return ExitCodes.Success;
        }

        c.Output.Line($"Khóa sổ dự toán năm {year.ToString(System.Globalization.CultureInfo.InvariantCulture)}:");
        foreach (var l in report)
        {
            c.Output.Line($"{l.Key}: chuyển nguồn {VietnameseFormat.Amount(l.Carried)}{(l.CarryCitation is null ? string.Empty : $" ({l.CarryCitation})")}; "
                + $"hủy {VietnameseFormat.Amount(l.Cancelled)}{(l.CancelReason is null ? string.Empty : $" ({l.CancelReason})")}.");
        }

        c.Output.Line($"Tổng chuyển nguồn {VietnameseFormat.Amount(report.Sum(l => l.Carried))}; tổng hủy {VietnameseFormat.Amount(report.Sum(l => l.Cancelled))}; {report.Count} dòng.");
        return ExitCodes.Success;
    }
}
