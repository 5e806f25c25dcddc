using Microsoft.EntityFrameworkCore;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Posting;
using PartyFinance.Infrastructure.Budgeting.Records;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Budgeting;

/// <summary>
/// Loading and writing lines. A line is rebuilt from its movements and commitments (indexed by
/// line id), checked against the counter columns the budget owns (allocated, committed), and given
/// what the books say of it (estimate_balances through <see cref="EstimateAttribution"/>); after
/// the work, only appended movements, new or changed commitments and the counters are written.
/// </summary>
public sealed partial class BudgetStore
{
    private sealed record LoadedLine(BudgetLineRecord Record, BudgetLine Line, int StoredMovements, IReadOnlyDictionary<long, Commitment> StoredCommitments);

    private async Task<List<LoadedLine>> LoadAsync(PartyFinanceDbContext db, IReadOnlyList<BudgetLineRecord> records, CancellationToken ct)
    {
        var ids = records.Select(r => r.Id).ToList();

        // One line (every enforced check) takes the compiled queries; several lines one query each.
        var movements = (ids.Count == 1 ? await LineQueries.MovementsAsync(db, ids[0], ct) : await db.BudgetMovements.Where(m => ids.Contains(m.LineId)).ToListAsync(ct))
            .ToLookup(m => m.LineId);
        var commitments = (ids.Count == 1 ? await LineQueries.CommitmentsAsync(db, ids[0], ct) : await db.BudgetCommitments.Where(c => ids.Contains(c.LineId)).ToListAsync(ct))
            .ToLookup(c => c.LineId);
        var keys = records.Select(BudgetMapping.Key).ToList();
        var books = await BooksAsync(db, keys, ct);
        return records.Select(r =>
        {
            var key = BudgetMapping.Key(r);
            var line = BudgetMapping.ToDomain(r, movements[r.Id], commitments[r.Id], Estimates.Attribution.FiguresFor(key, books));
            if ((line.DecidedAllocation, line.Committed) != (r.Allocated, r.Committed))
            {
                throw new InvalidOperationException($"Budget line {line.Key}: stored counters differ from its movements and commitments.");
            }

            return new LoadedLine(r, line, movements[r.Id].Count(), line.Commitments.ToDictionary(c => c.RequestId));
        }).ToList();
    }

    /// <summary>The estimate_balances rows that can belong to these lines (their years and the next).</summary>
    private static async Task<IReadOnlyList<EstimateBalance>> BooksAsync(PartyFinanceDbContext db, IReadOnlyCollection<BudgetLineKey> keys, CancellationToken ct) =>
        keys.Count == 0 ? [] : await EstimateBalanceReader.ReadAsync(db, keys.Select(k => (k.Unit, k.FundSource, k.BudgetItem, k.Sector)).ToList(),
            keys.Min(k => k.Year), keys.Max(k => k.Year) + 1, ct);

    /// <summary>A line the books know of but the budget holds no record for (vouchers imported directly): it opens with the fund source's control mode.</summary>
    private async Task<BudgetLine?> FromBooksAsync(PartyFinanceDbContext db, BudgetLineKey key, CancellationToken ct)
    {
        var books = await BooksAsync(db, [key], ct);

        // An account that does not split autonomy (004) already belongs to the line of the other autonomy when the budget holds one.
        var other = await LineQueries.OtherAutonomyAsync(db, key, ct);
        var figures = Estimates.Attribution.FiguresFor(key, books, eitherAutonomy: !other);
        if (figures == LedgerFigures.None)
        {
            return null;
        }

        var mode = await LineQueries.ControlMode.For(db)(db, key.FundSource, key.Year, ct);
        return BudgetLine.Restore(key, mode?.Mode ?? ControlMode.Stop, [], [], figures);
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
        var record = new BudgetLineRecord { Id = await NextAsync(db, BudgetCounters.Line, ct), ControlMode = line.ControlMode };
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
