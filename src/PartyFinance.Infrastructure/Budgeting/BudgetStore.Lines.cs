using Microsoft.EntityFrameworkCore;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Infrastructure.Budgeting.Records;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Budgeting;

/// <summary>
/// Loading and writing lines. A line is rebuilt from its movements and commitments (indexed by
/// line id) and checked against the counter columns; after the work, only appended movements,
/// new or changed commitments and the counters are written.
/// </summary>
public sealed partial class BudgetStore
{
    private sealed record LoadedLine(BudgetLineRecord Record, BudgetLine Line, int StoredMovements, IReadOnlyDictionary<long, Commitment> StoredCommitments);

    private static async Task<List<LoadedLine>> LoadAsync(PartyFinanceDbContext db, IReadOnlyList<BudgetLineRecord> records, CancellationToken ct)
    {
        var ids = records.Select(r => r.Id).ToList();
        var movements = (await db.BudgetMovements.Where(m => ids.Contains(m.LineId)).ToListAsync(ct)).ToLookup(m => m.LineId);
        var commitments = (await db.BudgetCommitments.Where(c => ids.Contains(c.LineId)).ToListAsync(ct)).ToLookup(c => c.LineId);
        return records.Select(r =>
        {
            var line = BudgetMapping.ToDomain(r, movements[r.Id], commitments[r.Id]);
            if ((line.Allocated, line.Adjustments, line.Committed, line.Spent) != (r.Allocated, r.Adjustments, r.Committed, r.Spent))
            {
                throw new InvalidOperationException($"Budget line {line.Key}: stored counters differ from its movements and commitments.");
            }

            return new LoadedLine(r, line, movements[r.Id].Count(), line.Commitments.ToDictionary(c => c.RequestId));
        }).ToList();
    }

    private static async Task UpdateAsync(PartyFinanceDbContext db, LoadedLine loaded, CancellationToken ct)
    {
        var (record, line) = (loaded.Record, loaded.Line);
        AddMovements(db, record.Id, line, loaded.StoredMovements);
        foreach (var c in line.Commitments)
        {
            if (!loaded.StoredCommitments.TryGetValue(c.RequestId, out var before))
            {
                db.BudgetCommitments.Add(BudgetMapping.ToRecord(record.Id, c));
            }
            else if (before != c)
            {
                db.BudgetCommitments.Update(BudgetMapping.ToRecord(record.Id, c));
            }
        }

        BudgetMapping.SetCounters(record, line);
        db.BudgetLines.Update(record);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static async Task InsertAsync(PartyFinanceDbContext db, BudgetLine line, CancellationToken ct)
    {
        var record = new BudgetLineRecord { Id = await NextAsync(db, BudgetCounters.Line, ct), ControlMode = line.ControlMode.ToString() };
        BudgetMapping.SetKey(record, line.Key);
        BudgetMapping.SetCounters(record, line);
        db.BudgetLines.Add(record);
        AddMovements(db, record.Id, line, 0);
        db.BudgetCommitments.AddRange(line.Commitments.Select(c => BudgetMapping.ToRecord(record.Id, c)));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static void AddMovements(PartyFinanceDbContext db, long lineId, BudgetLine line, int stored)
    {
        for (var i = stored; i < line.Movements.Count; i++)
        {
            db.BudgetMovements.Add(BudgetMapping.ToRecord(lineId, i + 1, line.Movements[i]));
        }
    }
}
