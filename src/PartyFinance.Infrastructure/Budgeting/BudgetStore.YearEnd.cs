using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Infrastructure.Budgeting.Records;

namespace PartyFinance.Infrastructure.Budgeting;

/// <summary>The year-end report, kept per line so a rerun of close-year can print what the first run did.</summary>
public sealed partial class BudgetStore : IYearEndStore
{
    public Task SaveYearEndAsync(IReadOnlyList<CarryForwardLine> lines, string by, DateTimeOffset at, CancellationToken ct) => WithDbAsync(async db =>
    {
        foreach (var l in lines)
        {
            var lineId = await LineQuery(db, l.Key).Select(x => x.Id).FirstAsync(ct);
            if (await db.YearEndResults.AnyAsync(r => r.LineId == lineId, ct))
            {
                continue;
            }

            db.YearEndResults.Add(new YearEndResultRecord
            {
                LineId = lineId,
                Carried = l.Carried,
                Cancelled = l.Cancelled,
                CarryCitation = l.CarryCitation,
                CancelReason = l.CancelReason,
                CarriedRequests = Ids(l.CarriedRequests),
                CancelledRequests = Ids(l.CancelledRequests),
                ClosedBy = by,
                ClosedAt = at.ToUniversalTime(),
            });
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return true;
    });

    public Task<IReadOnlyList<CarryForwardLine>> YearEndAsync(string unit, int year, CancellationToken ct) => WithDbAsync(async db =>
    {
        var rows = await (from r in db.YearEndResults
                          join l in db.BudgetLines on r.LineId equals l.Id
                          where l.UnitCode == unit && l.Year == year
                          orderby l.Id
                          select new { Line = l, Result = r }).ToListAsync(ct);
        return (IReadOnlyList<CarryForwardLine>)rows.Select(x => new CarryForwardLine(BudgetMapping.Key(x.Line), x.Result.Carried, x.Result.Cancelled,
            x.Result.CarryCitation, x.Result.CancelReason, Parse(x.Result.CarriedRequests), Parse(x.Result.CancelledRequests))).ToList();
    });

    /// <summary>Units holding a line of <paramref name="year"/> (its own estimate or one carried into it).</summary>
    public Task<IReadOnlyList<string>> UnitsWithLinesAsync(int year, CancellationToken ct) => WithDbAsync(async db =>
        (IReadOnlyList<string>)await db.BudgetLines.Where(l => l.Year == year).Select(l => l.UnitCode).Distinct().OrderBy(u => u).ToListAsync(ct));

    private static string Ids(IReadOnlyList<long> ids) => string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));

    private static List<long> Parse(string ids) =>
        ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(i => long.Parse(i, CultureInfo.InvariantCulture)).ToList();
}
