using Microsoft.EntityFrameworkCore;
using PartyFinance.Domain.Posting;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Ledger;

/// <summary>Reads estimate_balances rows for budget dimensions and years (index order: unit, fund source, item, sector).</summary>
internal static class EstimateBalanceReader
{
    public static async Task<IReadOnlyList<EstimateBalance>> ReadAsync(PartyFinanceDbContext db,
        IReadOnlyCollection<(string Unit, string FundSource, string BudgetItem, string Sector)> lines, int fromYear, int toYear, CancellationToken ct)
    {
        var wanted = lines.ToHashSet();
        var result = new List<EstimateBalance>();
        if (wanted.Count > 16)
        {
            // Many lines (a large import): one query per unit, filtered here, instead of one per line.
            foreach (var unit in wanted.Select(l => l.Unit).Distinct())
            {
                result.AddRange((await ReadUnitAsync(db, unit, fromYear, toYear, ct)).Where(r => wanted.Contains((r.Unit, r.FundSource, r.BudgetItem, r.Sector))));
            }

            return result;
        }

        foreach (var (unit, fund, item, sector) in wanted)
        {
            await foreach (var row in LineQuery.For(db)(db, unit, fund, item, sector, fromYear, toYear).WithCancellation(ct))
            {
                result.Add(row);
            }
        }

        return result;
    }

    /// <summary>One line's rows, compiled once per process: the enforced budget check reads them at every check.</summary>
    private static readonly CompiledQuery<Func<PartyFinanceDbContext, string, string, string, string, int, int, IAsyncEnumerable<EstimateBalance>>> LineQuery =
        new(() => EF.CompileAsyncQuery((PartyFinanceDbContext db, string unit, string fund, string item, string sector, int fromYear, int toYear) =>
            db.EstimateBalances.AsNoTracking()
                .Where(e => e.UnitCode == unit && e.FundSource == fund && e.BudgetItem == item && e.Sector == sector && e.Year >= fromYear && e.Year <= toYear)
                // The columns the filter fixes come from the arguments (equal by the filter): a line has about 120 rows, and reading
                // those four columns back made four strings per row, a fifth of an enforced check's allocations.
                .Select(e => new EstimateBalance(unit, e.Year, e.Month, e.AccountCode, fund, item, sector, e.TypeCode, e.Debit, e.Credit))));

    /// <summary>Every row of a unit for the years (listing the lines the books know of).</summary>
    public static async Task<IReadOnlyList<EstimateBalance>> ReadUnitAsync(PartyFinanceDbContext db, string unit, int fromYear, int toYear, CancellationToken ct) =>
        await db.EstimateBalances.AsNoTracking()
            .Where(e => e.UnitCode == unit && e.Year >= fromYear && e.Year <= toYear)
            .Select(e => new EstimateBalance(e.UnitCode, e.Year, e.Month, e.AccountCode, e.FundSource, e.BudgetItem, e.Sector, e.TypeCode, e.Debit, e.Credit))
            .ToListAsync(ct);
}
