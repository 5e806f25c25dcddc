using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PartyFinance.Application.Assets;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Infrastructure.Assets.Records;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Persistence.Audit;

namespace PartyFinance.Infrastructure.Assets;

/// <summary>
/// The asset register on EF Core (SQLite, PostgreSQL). A unit of work is one transaction that first
/// takes the ledger's posting lock, so asset changes, wear runs and postings never interleave; the
/// vouchers it posts go through the same ledger session as every other posting.
/// </summary>
public sealed class AssetStore(DatabaseTarget target, EstimateControl estimates, TimeProvider clock) : IAssetStore
{
    public async Task<IReadOnlyList<FixedAssetClass>> ClassesAsync(CancellationToken ct)
    {
        await using var db = target.CreateContext();
        return (await db.AssetClasses.AsNoTracking().OrderBy(c => c.Code).ThenBy(c => c.ValidFrom).ToListAsync(ct)).Select(AssetMapping.ToDomain).ToList();
    }

    public async Task<FixedAsset?> FindAsync(string code, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        return await FindAsync(db, code, ct);
    }

    public async Task<IReadOnlyList<FixedAsset>> FindAllAsync(string code, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        return await FindAllAsync(db, code, ct);
    }

    public async Task<IReadOnlyList<FixedAsset>> ListAsync(string? unit, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        return await LoadAsync(db, unit, null, ct);
    }

    public Task EachAsync(string? unit, Action<FixedAsset> each, CancellationToken ct) => AssetReader.EachAsync(target, unit is null ? null : [unit], each, ct);

    public async Task<IReadOnlyList<AssetActionRequest>> ActionsAsync(string code, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        return await ActionsAsync(db, code, ct);
    }

    internal static async Task<IReadOnlyList<AssetActionRequest>> ActionsAsync(PartyFinanceDbContext db, string code, CancellationToken ct) =>
        (await db.AssetActions.AsNoTracking().Where(a => a.AssetCode == code).OrderBy(a => a.Id).ToListAsync(ct)).Select(AssetMapping.ToDomain).ToList();

    public async Task<IReadOnlyList<string>> UnitsAsync(CancellationToken ct)
    {
        await using var db = target.CreateContext();
        return await UnitsAsync(db, ct);
    }

    internal static async Task<IReadOnlyList<string>> UnitsAsync(PartyFinanceDbContext db, CancellationToken ct)
    {
        var held = await db.Assets.Select(a => a.UnitCode).Distinct().ToListAsync(ct);
        var moved = await db.AssetEvents.Where(e => e.FromUnit != null).Select(e => e.FromUnit!).Distinct().ToListAsync(ct);
        return held.Union(moved, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    public Task<Result<T>> InWorkAsync<T>(Func<IAssetWork, Task<Result<T>>> work, CancellationToken ct) =>
        RegisterWork.RunAsync<Work, T>(target, clock, (db, session) => new Work(db, session, target, estimates, clock), w => w.Posted, work, ct);

    /// <summary>The card that holds <paramref name="code"/>: the one not reversed, else the latest reversed one.</summary>
    internal static async Task<FixedAsset?> FindAsync(PartyFinanceDbContext db, string code, CancellationToken ct) =>
        (await FindAllAsync(db, code, ct)) is { Count: > 0 } cards ? cards.FirstOrDefault(c => !c.IsReversed) ?? cards[^1] : null;

    /// <summary>Every card that ever held <paramref name="code"/>, in the order they were opened (reversed cards before the one that took their code).</summary>
    internal static async Task<IReadOnlyList<FixedAsset>> FindAllAsync(PartyFinanceDbContext db, string code, CancellationToken ct)
    {
        var records = await db.Assets.AsNoTracking().Where(a => a.RegisterCode == code).ToListAsync(ct);
        var cards = new List<FixedAsset>(records.Count);
        foreach (var record in records)
        {
            var key = record.Code;
            var events = await db.AssetEvents.AsNoTracking().Where(e => e.AssetCode == key).ToListAsync(ct);
            var wear = await db.AssetWear.AsNoTracking().Where(w => w.AssetCode == key).ToListAsync(ct);
            var depreciation = await db.AssetDepreciation.AsNoTracking().Where(w => w.AssetCode == key).ToListAsync(ct);
            cards.Add(AssetMapping.ToDomain(record, events, wear, depreciation));
        }

        return cards.OrderBy(c => c.Events.Count == 0 ? default : c.Events[0].At).ThenBy(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>Codes held by a card that is not reversed (a reversed card's code may be taken by a new card).</summary>
    internal static async Task<IReadOnlySet<string>> LiveCodesAsync(PartyFinanceDbContext db, IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        var reversed = AssetStatus.PurchaseReversed.Code();
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in codes.Chunk(500))
        {
            found.UnionWith(await db.Assets.Where(a => chunk.Contains(a.RegisterCode) && a.Status != reversed).Select(a => a.RegisterCode).ToListAsync(ct));
        }

        return found;
    }

    /// <summary>
    /// Gives each new card its key before it is first written: its code, unless a stored card (a reversed one, or one whose key
    /// came from another code) already has that key — then code#2, code#3 … whichever is free.
    /// </summary>
    internal static async Task KeyAsync(PartyFinanceDbContext db, IReadOnlyCollection<FixedAsset> cards, CancellationToken ct)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in cards.Select(c => c.Code).Chunk(500))
        {
            taken.UnionWith(await db.Assets.Where(a => chunk.Contains(a.Code)).Select(a => a.Code).ToListAsync(ct));
        }

        foreach (var card in cards.Where(c => taken.Contains(c.Code)))
        {
            var prefix = card.Code + "#";
            var used = (await db.Assets.Where(a => a.RegisterCode == card.Code || a.Code.StartsWith(prefix)).Select(a => a.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
            var n = 2;
            while (used.Contains(prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                n++;
            }

            card.KeyedAs(prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Cards with history; with a unit, the cards that unit holds or handed on (a card's earlier units are in its history).</summary>
    internal static Task<IReadOnlyList<FixedAsset>> LoadAsync(PartyFinanceDbContext db, string? unit, DateOnly? inServiceBy, CancellationToken ct) =>
        AssetReader.LoadAsync(db, unit is null ? null : [unit], inServiceBy, ct);

    private sealed class Work(PartyFinanceDbContext db, LedgerSession session, DatabaseTarget target, EstimateControl estimates, TimeProvider clock) : IAssetWork
    {
        public bool Posted { get; private set; }

        public bool UnitExists(string unit, DateOnly date) => session.Catalog.IsUnitActive(unit, date);

        public Domain.Ledger.ILedgerCatalog Catalog => session.Catalog;

        public Task<FixedAsset?> FindAsync(string code, CancellationToken ct) => AssetStore.FindAsync(db, code, ct);

        public Task<IReadOnlyList<string>> UnitsAsync(CancellationToken ct) => AssetStore.UnitsAsync(db, ct);

        public Task<IReadOnlyList<FixedAsset>> LoadAsync(string? unit, DateOnly by, CancellationToken ct) => AssetStore.LoadAsync(db, unit, by, ct);

        public Task<IReadOnlyList<FixedAsset>> LoadUnitsAsync(IReadOnlyList<string> units, DateOnly by, CancellationToken ct) => AssetReader.LoadAsync(db, units, by, ct);

        public async IAsyncEnumerable<IReadOnlyList<FixedAsset>> LoadUnitGroupsAsync(IReadOnlyList<IReadOnlyList<string>> groups, DateOnly by,
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
        {
            if (groups.Count == 0)
            {
                yield break;
            }

            // A second connection reads group i + 1 on the thread pool while the caller wears group i on this
            // one: the readers of SQLite (WAL) and PostgreSQL do not wait for the open write transaction.
            await using var reader = target.CreateContext();
            Task<IReadOnlyList<FixedAsset>> Read(int i) => Task.Run(() => AssetReader.LoadAsync(reader, groups[i], by, ct, wearOnly: true), ct);
            var next = Read(0);
            try
            {
                for (var i = 0; i < groups.Count; i++)
                {
                    var cards = await next;
                    if (i + 1 < groups.Count)
                    {
                        next = Read(i + 1);
                    }

                    yield return cards;
                }
            }
            finally
            {
                // A caller that stops early leaves a read in flight: it ends before its connection closes.
                await next.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }

        public Task<IReadOnlySet<string>> ExistingCodesAsync(IReadOnlyCollection<string> codes, CancellationToken ct) => LiveCodesAsync(db, codes, ct);

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

        public async Task<long> BalanceAsync(string unit, IReadOnlyCollection<string> prefixes, DateOnly date, CancellationToken ct)
        {
            // Summed by the database, a prefix at a time (a handful of account groups).
            long balance = 0;
            foreach (var prefix in prefixes)
            {
                balance += await db.OpeningBalances.Where(o => o.UnitCode == unit && o.Year == date.Year && o.AccountCode.StartsWith(prefix))
                    .SumAsync(o => o.Debit - o.Credit, ct);
                balance += await (from l in db.VoucherLines
                                  join v in db.Vouchers on l.VoucherId equals v.Id
                                  where v.UnitCode == unit && v.Year == date.Year && v.Date <= date && l.AccountCode.StartsWith(prefix)
                                  select l.Debit - l.Credit).SumAsync(ct);
            }

            return balance;
        }

        public async Task<Result> SaveAsync(IReadOnlyCollection<FixedAsset> assets, CancellationToken ct)
        {
            await InsertNewAsync(assets.Where(a => a.Version == 0).ToList(), ct);
            foreach (var asset in assets.Where(a => a.HasChanges && a.Version > 0))
            {
                var now = asset.Current;
                {
                    var updated = await db.AuditedAsync(db.Assets.Where(a => a.Code == asset.Key && a.Version == asset.Version), q => q.ExecuteUpdateAsync(s => s
                        .SetProperty(a => a.UnitCode, now.Unit)
                        .SetProperty(a => a.Status, now.Status.Code())
                        .SetProperty(a => a.OriginalCost, now.OriginalCost)
                        .SetProperty(a => a.Version, asset.Version + 1), ct), ct);
                    if (updated == 0)
                    {
                        return Result.Failure(new DomainError(AssetErrors.Stale,
                            $"Tài sản {asset.Code} vừa được người khác thay đổi trong lúc bạn thao tác; không có gì được ghi. Hãy xem lại (asset show {asset.Code}) rồi thử lại."));
                    }
                }

                db.AssetEvents.AddRange(asset.NewEvents.Select(e => AssetMapping.ToRecord(asset.Key, e)));
                db.AssetWear.AddRange(asset.NewWear.Select(w => new AssetWearRecord { AssetCode = asset.Key, Year = w.Year, UnitCode = w.Unit, Amount = w.Amount, Voucher = w.Voucher }));
                db.AssetDepreciation.AddRange(asset.NewDepreciation.Select(d => new AssetDepreciationRecord
                {
                    AssetCode = asset.Key,
                    Year = d.Year,
                    Month = d.Month,
                    UnitCode = d.Unit,
                    Amount = d.Amount,
                    Voucher = d.Voucher,
                }));
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            foreach (var asset in assets.Where(a => a.HasChanges))
            {
                asset.Stored(asset.Version + 1);
            }

            return Result.Success();
        }

        /// <summary>New cards in multi-row inserts (a register taken over is tens of thousands of cards).</summary>
        private async Task InsertNewAsync(List<FixedAsset> cards, CancellationToken ct)
        {
            if (cards.Count == 0)
            {
                return;
            }

            await db.SaveChangesAsync(ct);
            await KeyAsync(db, cards, ct);
            string[] assetColumns = ["code", "register_code", "name", "class_code", "unit_code", "in_service", "origin", "location", "custodian", "autonomy", "sector", "budget_item",
                "status", "original_cost", "depreciated", "version"];
            string[] eventColumns = ["asset_code", "seq", "kind", "date", "year", "unit_code", "from_unit", "cost_state", "cost_party", "cost_other", "wear_change",
                "proceeds", "life_years", "vouchers", "reason", "action_id", "by", "at"];
            await using (var assetRows = Writer("assets", assetColumns))
            {
                foreach (var card in cards)
                {
                    var r = AssetMapping.ToRecord(card, card.Current, 1);
                    await assetRows.AddAsync(ct, r.Code, r.RegisterCode, r.Name, r.ClassCode, r.UnitCode, r.InService, r.Origin, r.Location, r.Custodian, r.Autonomy, r.Sector,
                        r.BudgetItem, r.Status, r.OriginalCost, r.Depreciated, r.Version);
                }

                await assetRows.FlushAsync(ct);
            }

            await using (var eventRows = Writer("asset_events", eventColumns))
            {
                foreach (var card in cards)
                {
                    foreach (var e in card.NewEvents)
                    {
                        var r = AssetMapping.ToRecord(card.Key, e);
                        await eventRows.AddAsync(ct, r.AssetCode, r.Seq, r.Kind, r.Date, r.Year, r.UnitCode, r.FromUnit, r.CostState, r.CostParty, r.CostOther,
                            r.WearChange, r.Proceeds, r.LifeYears, r.Vouchers, r.Reason, r.ActionId, r.By, r.At);
                    }
                }

                await eventRows.FlushAsync(ct);
            }

            foreach (var card in cards)
            {
                card.Stored(1);
            }
        }

        private IRowWriter Writer(string table, string[] columns)
        {
            return RowWriters.Create(db.Database.GetDbConnection(), db.Database.CurrentTransaction!.GetDbTransaction(), table, columns).Audited(db, table, columns);
        }

        public async Task SaveWearAsync(IReadOnlyCollection<FixedAsset> cards, CancellationToken ct)
        {
            if (cards.Count == 0)
            {
                return;
            }

            await db.SaveChangesAsync(ct);
            await using (var writer = Writer("asset_wear", ["asset_code", "year", "unit_code", "amount", "voucher"]))
            {
                foreach (var card in cards)
                {
                    foreach (var w in card.NewWear)
                    {
                        await writer.AddAsync(ct, card.Key, w.Year, w.Unit, w.Amount, w.Voucher);
                    }
                }

                await writer.FlushAsync(ct);
            }

            // The wear rows' audit rows.
            await db.SaveChangesAsync(ct);
            foreach (var card in cards)
            {
                card.Stored(card.Version);
            }
        }

        public async Task ReplaceClassesAsync(IReadOnlyList<FixedAssetClass> classes, CancellationToken ct)
        {
            await db.AuditedAsync(db.AssetClasses, q => q.ExecuteDeleteAsync(ct), ct);
            db.AssetClasses.AddRange(classes.Select(AssetMapping.ToRecord));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        public Task<IReadOnlyList<AssetActionRequest>> ActionsAsync(string code, CancellationToken ct) => AssetStore.ActionsAsync(db, code, ct);

        public async Task<AssetActionRequest?> FindActionAsync(Guid approvalId, CancellationToken ct) =>
            await db.AssetActions.AsNoTracking().FirstOrDefaultAsync(a => a.ApprovalId == approvalId, ct) is { } r ? AssetMapping.ToDomain(r) : null;

        public async Task<long> NextActionIdAsync(CancellationToken ct) => (await db.AssetActions.MaxAsync(a => (long?)a.Id, ct) ?? 0) + 1;

        public async Task SaveActionAsync(AssetActionRequest action, CancellationToken ct)
        {
            var record = AssetMapping.ToRecord(action);
            if (await db.AssetActions.AnyAsync(a => a.Id == action.Id, ct))
            {
                db.AssetActions.Update(record);
            }
            else
            {
                db.AssetActions.Add(record);
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        public async Task<long> NextPurchaseIdAsync(CancellationToken ct) => (await db.AssetPurchases.MaxAsync(a => (long?)a.Id, ct) ?? 0) + 1;

        public async Task<AssetPurchaseRequest?> FindPurchaseAsync(Guid approvalId, CancellationToken ct) =>
            await db.AssetPurchases.AsNoTracking().FirstOrDefaultAsync(a => a.ApprovalId == approvalId, ct) is { } r ? AssetMapping.ToDomain(r) : null;

        public async Task<AssetPurchaseRequest?> PendingPurchaseAsync(string code, CancellationToken ct) =>
            await db.AssetPurchases.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code && a.Status == "pending", ct) is { } r ? AssetMapping.ToDomain(r) : null;

        public async Task SavePurchaseAsync(AssetPurchaseRequest purchase, CancellationToken ct)
        {
            var record = AssetMapping.ToRecord(purchase);
            if (await db.AssetPurchases.AnyAsync(a => a.Id == purchase.Id, ct))
            {
                db.AssetPurchases.Update(record);
            }
            else
            {
                db.AssetPurchases.Add(record);
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        public async Task<long> NextSheetIdAsync(CancellationToken ct) => (await db.Stocktakes.MaxAsync(a => (long?)a.Id, ct) ?? 0) + 1;

        public async Task<Stocktake?> FindSheetAsync(long id, CancellationToken ct) =>
            await db.Stocktakes.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is { } r ? await SheetAsync(r, ct) : null;

        public async Task<Stocktake?> OpenSheetOfUnitAsync(string unit, CancellationToken ct) =>
            await db.Stocktakes.AsNoTracking().FirstOrDefaultAsync(s => s.UnitCode == unit && s.Status == "open", ct) is { } r ? await SheetAsync(r, ct) : null;

        private async Task<Stocktake> SheetAsync(StocktakeRecord r, CancellationToken ct)
        {
            var lines = await db.StocktakeLines.AsNoTracking().Where(l => l.SheetId == r.Id).OrderBy(l => l.AssetCode).ToListAsync(ct);
            return new Stocktake(r.Id, r.UnitCode, r.Date, r.Status == "open" ? StocktakeStatus.Open : StocktakeStatus.Closed,
                lines.Select(l => new StocktakeLine(l.AssetCode, l.Expected, l.Found, l.Note, l.Name, l.ClassCode, l.OriginalCost, l.AccumulatedWear, l.InService, l.Sector)).ToList(),
                r.StartedBy, r.StartedAt, r.ClosedBy, r.ClosedAt);
        }

        public async Task SaveSheetAsync(Stocktake sheet, CancellationToken ct)
        {
            var record = new StocktakeRecord
            {
                Id = sheet.Id,
                UnitCode = sheet.Unit,
                Date = sheet.Date,
                Status = sheet.Status == StocktakeStatus.Open ? "open" : "closed",
                StartedBy = sheet.StartedBy,
                StartedAt = sheet.StartedAt,
                ClosedBy = sheet.ClosedBy,
                ClosedAt = sheet.ClosedAt,
            };
            if (await db.Stocktakes.AnyAsync(s => s.Id == sheet.Id, ct))
            {
                db.Stocktakes.Update(record);
                await db.AuditedAsync(db.StocktakeLines.Where(l => l.SheetId == sheet.Id), q => q.ExecuteDeleteAsync(ct), ct);
            }
            else
            {
                db.Stocktakes.Add(record);
            }

            db.StocktakeLines.AddRange(sheet.Lines.Select(l => new StocktakeLineRecord
            {
                SheetId = sheet.Id,
                AssetCode = l.AssetCode,
                Expected = l.Expected,
                Found = l.Found,
                Note = l.Note,
                Name = l.Name,
                ClassCode = l.ClassCode,
                OriginalCost = l.OriginalCost,
                AccumulatedWear = l.AccumulatedWear,
                InService = l.InService,
                Sector = l.Sector,
            }));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        public Task<Result> SaveApprovalAsync(ApprovalRequest approval, CancellationToken ct) => Authority.AuthorityStore.AppendRequestAsync(db, approval, ct);

        public async Task<ApprovalRequest?> FindApprovalAsync(Guid id, CancellationToken ct)
        {
            var header = await db.ApprovalRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
            return header is null ? null
                : Authority.ApprovalMapping.ToDomain(header, await db.ApprovalEvents.AsNoTracking().Where(e => e.RequestId == id).OrderBy(e => e.Sequence).ToListAsync(ct));
        }
    }
}

/// <summary>Records ↔ domain for the asset register.</summary>
internal static class AssetMapping
{
    public static FixedAssetClass ToDomain(AssetClassRecord r) =>
        new(r.Code, r.Name, r.GroupCode, r.UsefulLifeYears, r.RateHundredths / 100m, r.ValidFrom, r.ValidTo, r.Source, r.Verified);

    public static AssetClassRecord ToRecord(FixedAssetClass c) => new()
    {
        Code = c.Code,
        ValidFrom = c.ValidFrom,
        ValidTo = c.ValidTo,
        Name = c.Name,
        GroupCode = c.Group,
        UsefulLifeYears = c.UsefulLifeYears,
        RateHundredths = (long)(c.AnnualRatePercent * 100m),
        Source = c.Source,
        Verified = c.Verified,
    };

    public static FixedAsset ToDomain(AssetRecord r, IEnumerable<AssetEventRecord> events, IEnumerable<AssetWearRecord> wear, IEnumerable<AssetDepreciationRecord> depreciation) =>
        FixedAsset.Restore(r.RegisterCode, r.Name, r.ClassCode, r.InService, Parse<AssetOrigin>(r.Origin), r.Location, r.Custodian,
            AutonomyCodes.TryParse(r.Autonomy, out var a) ? a : throw new InvalidOperationException($"Asset {r.Code} has autonomy '{r.Autonomy}'."),
            r.Sector, r.BudgetItem, r.Version,
            events.Select(e => new AssetEvent(e.Seq, Parse<AssetEventKind>(e.Kind), e.Date, e.Year, e.UnitCode, e.FromUnit,
                new AssetFunding(e.CostState, e.CostParty, e.CostOther), e.WearChange, e.Proceeds, e.LifeYears, e.Vouchers, e.Reason, e.ActionId, e.By, e.At)),
            wear.Select(w => new AssetWearEntry(w.Year, w.UnitCode, w.Amount, w.Voucher)), r.Depreciated,
            depreciation.Select(d => new AssetDepreciationEntry(d.Year, d.Month, d.UnitCode, d.Amount, d.Voucher)), r.Code);

    public static AssetRecord ToRecord(FixedAsset a, AssetState now, int version) => new()
    {
        Code = a.Key,
        RegisterCode = a.Code,
        Name = a.Name,
        ClassCode = a.ClassCode,
        UnitCode = now.Unit,
        InService = a.InService,
        Origin = a.Origin.Code(),
        Location = a.Location,
        Custodian = a.Custodian,
        Autonomy = a.Autonomy.Code(),
        Sector = a.Sector,
        BudgetItem = a.BudgetItem,
        Status = now.Status.Code(),
        OriginalCost = now.OriginalCost,
        Depreciated = a.Depreciated,
        Version = version,
    };

    public static AssetEventRecord ToRecord(string code, AssetEvent e) => new()
    {
        AssetCode = code,
        Seq = e.Seq,
        Kind = e.Kind.Code(),
        Date = e.Date,
        Year = e.Year,
        UnitCode = e.Unit,
        FromUnit = e.FromUnit,
        CostState = e.CostChange.State,
        CostParty = e.CostChange.Party,
        CostOther = e.CostChange.Other,
        WearChange = e.WearChange,
        Proceeds = e.Proceeds,
        LifeYears = e.LifeYears,
        Vouchers = e.Vouchers,
        Reason = e.Reason,
        ActionId = e.ActionId,
        By = e.By,
        At = e.At,
    };

    public static AssetActionRequest ToDomain(AssetActionRecord r) => new(r.Id, r.AssetCode, Parse<AssetAction>(r.Action), r.Date, r.UnitCode, r.ToUnit, r.Proceeds,
        r.Reason, r.ApprovalId, AssetActionRequest.ParseStatus(r.Status), r.Vouchers, r.RequestedBy, r.RequestedAt, r.DecidedBy, r.DecidedAt, r.SheetId);

    public static AssetActionRecord ToRecord(AssetActionRequest a) => new()
    {
        Id = a.Id,
        AssetCode = a.AssetCode,
        Action = a.Action.Code(),
        Date = a.Date,
        UnitCode = a.Unit,
        ToUnit = a.ToUnit,
        Proceeds = a.Proceeds,
        Reason = a.Reason,
        ApprovalId = a.ApprovalId,
        Status = AssetActionRequest.StatusCode(a.Status),
        Vouchers = a.Vouchers,
        RequestedBy = a.RequestedBy,
        RequestedAt = a.RequestedAt,
        DecidedBy = a.DecidedBy,
        DecidedAt = a.DecidedAt,
        SheetId = a.SheetId,
    };

    public static AssetPurchaseRequest ToDomain(AssetPurchaseRecord r) => new(r.Id, r.Code, r.Name, r.ClassCode, r.UnitCode, r.FundSource,
        AutonomyCodes.TryParse(r.Autonomy, out var autonomy) ? autonomy : throw new InvalidOperationException($"Unknown autonomy '{r.Autonomy}'."), r.Sector, r.BudgetItem,
        r.Amount, r.Date, r.FromBank, r.Location, r.Custodian, r.LifeMonths, r.Reason, r.ApprovalId, AssetActionRequest.ParseStatus(r.Status), r.Voucher, r.RequestedBy,
        r.RequestedAt, r.DecidedBy, r.DecidedAt);

    public static AssetPurchaseRecord ToRecord(AssetPurchaseRequest p) => new()
    {
        Id = p.Id,
        Code = p.Code,
        Name = p.Name,
        ClassCode = p.ClassCode,
        UnitCode = p.Unit,
        FundSource = p.FundSource,
        Autonomy = p.Autonomy.Code(),
        Sector = p.Sector,
        BudgetItem = p.BudgetItem,
        Amount = p.Amount,
        Date = p.Date,
        FromBank = p.FromBank,
        Location = p.Location,
        Custodian = p.Custodian,
        LifeMonths = p.LifeMonths,
        Reason = p.Reason,
        ApprovalId = p.ApprovalId,
        Status = AssetActionRequest.StatusCode(p.Status),
        Voucher = p.Voucher,
        RequestedBy = p.RequestedBy,
        RequestedAt = p.RequestedAt,
        DecidedBy = p.DecidedBy,
        DecidedAt = p.DecidedAt,
    };

    private static T Parse<T>(string code)
        where T : struct, Enum
    {
        object? value = null;
        if (typeof(T) == typeof(AssetOrigin) && AssetCodes.TryParse(code, out AssetOrigin origin))
        {
            value = origin;
        }
        else if (typeof(T) == typeof(AssetEventKind) && AssetCodes.TryParse(code, out AssetEventKind kind))
        {
            value = kind;
        }
        else if (typeof(T) == typeof(AssetAction) && AssetCodes.TryParse(code, out AssetAction action))
        {
            value = action;
        }

        return value is T parsed ? parsed : throw new InvalidOperationException($"Stored code '{code}' is not a {typeof(T).Name}.");
    }
}
