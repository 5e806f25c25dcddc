using PartyFinance.Application.Budgeting;

namespace PartyFinance.Application.Reporting;

/// <summary>A budget line of a unit with the figures the books give it (through `budget status`, i.e. estimate_balances and EstimateAttribution).</summary>
internal sealed record UnitBudgetLine(string Unit, string Chapter, BudgetStatusLine Line)
{
    /// <summary>The line's estimate in the books: allocation plus every later change.</summary>
    public long Estimate => checked(Line.Allocated + Line.Adjustments);

    public long Measure(LineSide side) => side switch
    {
        LineSide.EstimateCarried => Line.CarriedOver ? Estimate : 0,
        LineSide.EstimateCurrent => Line.CarriedOver ? 0 : Estimate,
        LineSide.Spent => Line.Spent,
        LineSide.Advanced => Line.Advanced,
        LineSide.Debit or LineSide.Credit or LineSide.NetDebit or LineSide.NetCredit or LineSide.NetDebitTurnover or LineSide.NetCreditTurnover => 0,
        LineSide.CashIn or LineSide.CashOut or LineSide.CashInOther or LineSide.CashOutOther or LineSide.CashOpening or LineSide.Register or LineSide.Text => 0,
    };

    /// <summary>The line passes a report line's filters: fund sources (null = any), autonomy and item range.</summary>
    public bool Matches(ReportLineSpec spec) =>
        (spec.FundSources is null || spec.FundSources.Contains(Line.FundSource, StringComparer.Ordinal))
        && (spec.Autonomy is null || spec.Autonomy == Line.Autonomy)
        && (spec.Items is not { } range || (string.CompareOrdinal(Line.BudgetItem, range.From) >= 0 && string.CompareOrdinal(Line.BudgetItem, range.To) <= 0));
}

/// <summary>Reads the budget lines of one unit or of every unit for a year.</summary>
internal sealed class BudgetLines(BudgetStatus status)
{
    public async Task<IReadOnlyList<UnitBudgetLine>> ReadAsync(IReadOnlyList<Domain.Organisation.OrganisationUnit> units, int year, CancellationToken ct)
    {
        var lines = new List<UnitBudgetLine>();
        foreach (var u in units)
        {
            lines.AddRange((await status.RunAsync(u.Code, year, ct)).Select(l => new UnitBudgetLine(u.Code, u.Chapter, l)));
        }

        return lines;
    }
}
