using Microsoft.EntityFrameworkCore;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Infrastructure.Budgeting.Records;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Budgeting;

/// <summary>
/// The reads of the enforced budget check for one line — its movements and commitments, whether the other autonomy has a
/// line, the fund source's control mode — compiled once per process (see <see cref="SpendingQueries"/> for why). The same
/// rows as the LINQ the loader uses for several lines at once.
/// </summary>
internal static class LineQueries
{
    private static readonly CompiledQuery<Func<PartyFinanceDbContext, long, IAsyncEnumerable<BudgetMovementRecord>>> MovementsQuery =
        new(() => EF.CompileAsyncQuery((PartyFinanceDbContext db, long id) => db.BudgetMovements.Where(m => m.LineId == id)));

    private static readonly CompiledQuery<Func<PartyFinanceDbContext, long, IAsyncEnumerable<CommitmentRecord>>> CommitmentsQuery =
        new(() => EF.CompileAsyncQuery((PartyFinanceDbContext db, long id) => db.BudgetCommitments.Where(c => c.LineId == id)));

    private static readonly CompiledQuery<Func<PartyFinanceDbContext, string, int, string, Autonomy, string, string, bool, CancellationToken, Task<bool>>> OtherAutonomyQuery =
        new(() => EF.CompileAsyncQuery((PartyFinanceDbContext db, string unit, int year, string fund, Autonomy autonomy, string sector, string item, bool carried, CancellationToken ct) =>
            db.BudgetLines.Any(l => l.UnitCode == unit && l.Year == year && l.FundSource == fund && l.Autonomy != autonomy
                && l.Sector == sector && l.BudgetItem == item && l.CarriedOver == carried)));

    public static readonly CompiledQuery<Func<PartyFinanceDbContext, string, int, CancellationToken, Task<ControlModeRecord?>>> ControlMode =
        new(() => EF.CompileAsyncQuery((PartyFinanceDbContext db, string fund, int year, CancellationToken ct) =>
            db.BudgetControlModes.FirstOrDefault(c => c.FundSource == fund && c.Year == year)));

    public static Task<List<BudgetMovementRecord>> MovementsAsync(PartyFinanceDbContext db, long id, CancellationToken ct) =>
        SpendingQueries.ListAsync(MovementsQuery.For(db)(db, id), ct);

    public static Task<List<CommitmentRecord>> CommitmentsAsync(PartyFinanceDbContext db, long id, CancellationToken ct) =>
        SpendingQueries.ListAsync(CommitmentsQuery.For(db)(db, id), ct);

    /// <summary>Whether the budget holds the line of the other autonomy with the same unit, year, fund source, sector, item and carry-over.</summary>
    public static Task<bool> OtherAutonomyAsync(PartyFinanceDbContext db, BudgetLineKey key, CancellationToken ct) =>
        OtherAutonomyQuery.For(db)(db, key.Unit, key.Year, key.FundSource, key.Autonomy, key.Sector, key.BudgetItem, key.CarriedOver, ct);
}
