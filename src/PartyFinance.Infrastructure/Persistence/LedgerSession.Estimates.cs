using Microsoft.EntityFrameworkCore;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Infrastructure.Persistence;

/// <summary>The estimate side of a session: balances of the estimate accounts, and what the budget has committed, read inside the posting lock.</summary>
internal sealed partial class LedgerSession
{
    private readonly record struct EstimateKey(string Unit, string FundSource, string BudgetItem, string Sector, int Year, int Month, string Account, string Type);

    public async Task<IReadOnlyList<EstimateBalance>> EstimateBalancesAsync(IReadOnlyCollection<(string Unit, string FundSource, string BudgetItem, string Sector)> lines,
        int fromYear, int toYear, CancellationToken ct) => await EstimateBalanceReader.ReadAsync(_db, lines, fromYear, toYear, ct);

    public async Task<IReadOnlyDictionary<BudgetLineKey, (long Committed, ControlMode Mode)>> CommitmentsAsync(IReadOnlyCollection<BudgetLineKey> keys, CancellationToken ct)
    {
        var result = new Dictionary<BudgetLineKey, (long, ControlMode)>();
        foreach (var k in keys)
        {
            var autonomy = k.Autonomy.Code();
            var line = await _db.BudgetLines.Where(l => l.UnitCode == k.Unit && l.Year == k.Year && l.FundSource == k.FundSource && l.Autonomy == autonomy
                && l.Sector == k.Sector && l.BudgetItem == k.BudgetItem && l.CarriedOver == k.CarriedOver).Select(l => new { l.Committed, l.ControlMode }).FirstOrDefaultAsync(ct);
            var mode = line is not null ? Enum.Parse<ControlMode>(line.ControlMode)
                : await _db.BudgetControlModes.Where(c => c.FundSource == k.FundSource && c.Year == k.Year).Select(c => c.Mode).FirstOrDefaultAsync(ct) is { } m
                    ? Enum.Parse<ControlMode>(m) : ControlMode.Stop;
            result[k] = (line?.Committed ?? 0, mode);
        }

        return result;
    }
}
