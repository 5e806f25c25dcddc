using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Ledger;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Ledger;

/// <summary>`period list`: every month of the year in which each unit existed, with its lock state.</summary>
public sealed class PeriodQueries(DatabaseTarget target) : IPeriodQueries
{
    public async Task<IReadOnlyList<PeriodStatus>> ListAsync(string? unit, int year, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        var units = await db.Units.Where(u => unit == null || u.Code == unit).OrderBy(u => u.Code).ToListAsync(ct);
        var locks = await db.Periods.Where(p => p.Year == year && (unit == null || p.UnitCode == unit))
            .ToDictionaryAsync(p => (p.UnitCode, p.Month), p => p.IsLocked, ct);
        var events = (await db.PeriodEvents.Where(e => e.Year == year && (unit == null || e.UnitCode == unit)).ToListAsync(ct))
            .GroupBy(e => (e.UnitCode, e.Month)).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Id).Last());
        var rows = new List<PeriodStatus>();
        foreach (var u in units)
        {
            for (var month = 1; month <= 12; month++)
            {
                var (first, last) = (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
                if (last < u.ValidFrom || (u.ValidTo is { } closed && first > closed))
                {
                    continue;
                }

                var e = events.GetValueOrDefault((u.Code, month));
                rows.Add(new PeriodStatus(u.Code, year, month, locks.GetValueOrDefault((u.Code, month)), e?.Action.Code(), e?.ChangedBy, e?.ChangedAt, e?.Reason));
            }
        }

        return rows;
    }
}
