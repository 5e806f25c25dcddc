using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Assets;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Infrastructure.Assets.Records;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Persistence.Audit;

namespace PartyFinance.Infrastructure.Assets;

/// <summary>
/// The tools register on EF Core (SQLite, PostgreSQL). A unit of work is one transaction that first
/// takes the ledger's posting lock (like <see cref="AssetStore"/>), so a tool's history and the voucher
/// it posts are written together; the history is append-only and a tool's row carries a version.
/// </summary>
public sealed class ToolStore(DatabaseTarget target, EstimateControl estimates, TimeProvider clock) : IToolStore
{
    public async Task<Tool?> FindAsync(string code, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        return await FindAsync(db, code, ct);
    }

    public async Task<IReadOnlyList<Tool>> ListAsync(string? unit, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        return await ListAsync(db, unit, ct);
    }

    public Task<Result<T>> InWorkAsync<T>(Func<IToolWork, Task<Result<T>>> work, CancellationToken ct) =>
        RegisterWork.RunAsync<Work, T>(target, clock, (db, session) => new Work(db, session, estimates, clock), w => w.Posted, work, ct);

    internal static async Task<Tool?> FindAsync(PartyFinanceDbContext db, string code, CancellationToken ct)
    {
        var record = await db.Tools.AsNoTracking().FirstOrDefaultAsync(t => t.Code == code, ct);
        return record is null ? null : ToDomain(record, await db.ToolEvents.AsNoTracking().Where(e => e.ToolCode == code).ToListAsync(ct));
    }

    internal static async Task<IReadOnlyList<Tool>> ListAsync(PartyFinanceDbContext db, string? unit, CancellationToken ct)
    {
        var records = await db.Tools.AsNoTracking().Where(t => unit == null || t.UnitCode == unit).OrderBy(t => t.Code).ToListAsync(ct);
        var codes = records.Select(r => r.Code).ToList();
        var events = new List<ToolEventRecord>();
        foreach (var chunk in codes.Chunk(500))
        {
            events.AddRange(await db.ToolEvents.AsNoTracking().Where(e => chunk.Contains(e.ToolCode)).ToListAsync(ct));
        }

        var byTool = events.ToLookup(e => e.ToolCode, StringComparer.Ordinal);
        return records.Select(r => ToDomain(r, byTool[r.Code])).ToList();
    }

    /// <summary>Writes a new tool or its new history entries through <paramref name="db"/>'s open transaction; a stale copy is refused.</summary>
    internal static async Task<Result> SaveAsync(PartyFinanceDbContext db, IReadOnlyCollection<Tool> tools, CancellationToken ct)
    {
        foreach (var tool in tools)
        {
            if (tool.Version == 0)
            {
                if (await db.Tools.AnyAsync(t => t.Code == tool.Code, ct))
                {
                    return Result.Failure(ToolErrors.Error(ToolErrors.DuplicateCode, $"Mã công cụ, dụng cụ '{tool.Code}' đã có trong sổ; không có gì được ghi.", "code"));
                }

                db.Tools.Add(new ToolRecord
                {
                    Code = tool.Code,
                    Name = tool.Name,
                    UnitCode = tool.Unit,
                    Measure = tool.Measure,
                    FundSource = tool.Line.FundSource,
                    Autonomy = tool.Line.Autonomy.Code(),
                    Sector = tool.Line.Sector,
                    BudgetItem = tool.Line.BudgetItem,
                    Location = tool.Location,
                    Version = 1,
                });
            }
            else if (await db.AuditedAsync(db.Tools.Where(t => t.Code == tool.Code && t.Version == tool.Version), q => q.ExecuteUpdateAsync(s => s.SetProperty(t => t.Version, tool.Version + 1), ct), ct) == 0)
            {
                return Result.Failure(ToolErrors.Error(ToolErrors.Stale,
                    $"Công cụ, dụng cụ {tool.Code} vừa được người khác thay đổi trong lúc bạn thao tác; không có gì được ghi. Hãy xem lại (tool show {tool.Code}) rồi thử lại."));
            }

            db.ToolEvents.AddRange(tool.NewEvents.Select(e => new ToolEventRecord
            {
                ToolCode = tool.Code,
                Seq = e.Seq,
                Kind = e.Kind.Code(),
                Date = e.Date,
                Year = e.Year,
                Quantity = e.Quantity,
                Value = e.Value,
                Custodian = e.Custodian,
                Voucher = e.Voucher,
                Reason = e.Reason,
                By = e.By,
                At = e.At,
            }));
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        foreach (var tool in tools)
        {
            tool.Stored(tool.Version + 1);
        }

        return Result.Success();
    }

    private static Tool ToDomain(ToolRecord r, IEnumerable<ToolEventRecord> events) =>
        Tool.Restore(r.Code, r.Name, r.UnitCode, r.Measure,
            new ToolLine(r.FundSource, AutonomyCodes.TryParse(r.Autonomy, out var a) ? a : throw new InvalidOperationException($"Tool {r.Code}: autonomy '{r.Autonomy}'."), r.Sector, r.BudgetItem),
            r.Location,
            events.Select(e => new ToolEvent(e.Seq, ToolCodes.Events.TryParse(e.Kind, out var k) ? k : throw new InvalidOperationException($"Tool {r.Code}: event kind '{e.Kind}'."),
                e.Date, e.Year, e.Quantity, e.Value, e.Custodian, e.Voucher, e.Reason, e.By, e.At)),
            r.Version);

    private sealed class Work(PartyFinanceDbContext db, LedgerSession session, EstimateControl estimates, TimeProvider clock) : IToolWork
    {
        public bool Posted { get; private set; }

        public bool UnitExists(string unit, DateOnly date) => session.Catalog.IsUnitActive(unit, date);

        public ILedgerCatalog Catalog => session.Catalog;

        public Task<Tool?> FindAsync(string code, CancellationToken ct) => ToolStore.FindAsync(db, code, ct);

        public async Task<IReadOnlySet<string>> ExistingCodesAsync(IReadOnlyCollection<string> codes, CancellationToken ct)
        {
            var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var chunk in codes.Chunk(500))
            {
                found.UnionWith(await db.Tools.Where(t => chunk.Contains(t.Code)).Select(t => t.Code).ToListAsync(ct));
            }

            return found;
        }

        public Task<IReadOnlyList<Tool>> ListAsync(string? unit, CancellationToken ct) => ToolStore.ListAsync(db, unit, ct);

        public Task<Result> SaveAsync(IReadOnlyCollection<Tool> tools, CancellationToken ct) => ToolStore.SaveAsync(db, tools, ct);

        public async Task<Result<string>> PostAsync(VoucherDraft draft, string postedBy, CancellationToken ct)
        {
            var posted = await session.PostOnceAsync(draft, postedBy, clock.GetUtcNow(), estimates.Mirror, ct);
            if (posted.IsFailure)
            {
                return Result.Failure<string>(posted.Errors);
            }

            Posted |= posted.Value.Appended;
            return Result.Success(posted.Value.Number);
        }

        public async Task<long> BalanceAsync(string unit, string prefix, DateOnly date, CancellationToken ct) =>
            await db.OpeningBalances.Where(o => o.UnitCode == unit && o.Year == date.Year && o.AccountCode.StartsWith(prefix)).SumAsync(o => o.Debit - o.Credit, ct)
            + await (from l in db.VoucherLines
                     join v in db.Vouchers on l.VoucherId equals v.Id
                     where v.UnitCode == unit && v.Year == date.Year && v.Date <= date && l.AccountCode.StartsWith(prefix)
                     select l.Debit - l.Credit).SumAsync(ct);
    }
}
