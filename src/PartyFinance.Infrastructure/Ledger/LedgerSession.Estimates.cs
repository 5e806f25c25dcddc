using Microsoft.EntityFrameworkCore;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Posting;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Ledger;

/// <summary>The estimate side of a session: balances of the estimate accounts, and what the budget has committed, read inside the posting lock.</summary>
internal sealed partial class LedgerSession
{
    private readonly record struct EstimateKey(string Unit, string FundSource, string BudgetItem, string Sector, int Year, int Month, string Account, string Type);

    public async Task<IReadOnlyList<EstimateBalance>> EstimateBalancesAsync(IReadOnlyCollection<(string Unit, string FundSource, string BudgetItem, string Sector)> lines,
        int fromYear, int toYear, CancellationToken ct) => await EstimateBalanceReader.ReadAsync(_db, lines, fromYear, toYear, ct);

    public async Task<IReadOnlyDictionary<BudgetLineKey, (long Committed, ControlMode Mode)>> CommitmentsAsync(IReadOnlyCollection<BudgetLineKey> keys, CancellationToken ct)
    {
        var units = keys.Select(k => k.Unit).Distinct().ToList();
        var years = keys.Select(k => k.Year).Distinct().ToList();
        var records = await _db.BudgetLines.AsNoTracking().Where(l => units.Contains(l.UnitCode) && years.Contains(l.Year)).ToListAsync(ct);
        var lines = records.ToDictionary(l => (l.UnitCode, l.Year, l.FundSource, l.Autonomy, l.Sector, l.BudgetItem, l.CarriedOver));
        var modes = await _db.BudgetControlModes.AsNoTracking().Where(c => years.Contains(c.Year)).ToDictionaryAsync(c => (c.FundSource, c.Year), c => c.Mode, ct);
        var result = new Dictionary<BudgetLineKey, (long, ControlMode)>();
        foreach (var k in keys)
        {
            result[k] = lines.TryGetValue((k.Unit, k.Year, k.FundSource, k.Autonomy, k.Sector, k.BudgetItem, k.CarriedOver), out var line)
                ? (line.Committed, line.ControlMode)
                : (0, modes.GetValueOrDefault((k.FundSource, k.Year), ControlMode.Stop));
        }

        return result;
    }
}
