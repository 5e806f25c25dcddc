using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Assets;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Assets;
using PartyFinance.Infrastructure.Persistence.Audit;

namespace PartyFinance.Infrastructure.Budgeting;

/// <summary>
/// Writes the card of an asset a spending request bought through the budget store's open unit of
/// work — the same context and transaction as the payment voucher (<see cref="LedgerVoucherPoster"/>),
/// which already holds the ledger's posting lock — so the card exists exactly when the payment does.
/// </summary>
public sealed class PurchasedAssetCards(BudgetStore store) : IPurchasedAssets
{
    public async Task<IReadOnlyList<FixedAssetClass>> ClassesAsync(CancellationToken ct)
    {
        var (db, _) = store.UnitOfWork ?? throw new InvalidOperationException("Purchased assets are written only inside a budget unit of work.");
        return (await db.AssetClasses.AsNoTracking().OrderBy(c => c.Code).ThenBy(c => c.ValidFrom).ToListAsync(ct)).Select(AssetMapping.ToDomain).ToList();
    }

    public async Task<bool> ExistsAsync(string code, CancellationToken ct)
    {
        var (db, _) = store.UnitOfWork ?? throw new InvalidOperationException("Purchased assets are written only inside a budget unit of work.");
        return (await AssetStore.LiveCodesAsync(db, [code], ct)).Count > 0;
    }

    public async Task<Result> OpenAsync(FixedAsset card, CancellationToken ct)
    {
        var (db, _) = store.UnitOfWork ?? throw new InvalidOperationException("Purchased assets are written only inside a budget unit of work.");
        if (card.Version != 0 || card.Events.Count == 0)
        {
            throw new InvalidOperationException($"Asset {card.Code} is not a new card.");
        }

        if ((await AssetStore.LiveCodesAsync(db, [card.Code], ct)).Count > 0)
        {
            return Result.Failure(AssetErrors.Error(AssetErrors.DuplicateCode, $"Mã tài sản '{card.Code}' đã có trong sổ tài sản; không có gì được ghi.", "asset-code"));
        }

        await AssetStore.KeyAsync(db, [card], ct);
        db.Assets.Add(AssetMapping.ToRecord(card, card.Current, 1));
        db.AssetEvents.AddRange(card.NewEvents.Select(e => AssetMapping.ToRecord(card.Key, e)));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        card.Stored(1);
        return Result.Success();
    }

    public async Task<Tool?> FindToolAsync(string code, CancellationToken ct)
    {
        var (db, _) = store.UnitOfWork ?? throw new InvalidOperationException("Purchased tools are written only inside a budget unit of work.");
        return await ToolStore.FindAsync(db, code, ct);
    }

    public async Task<Result> SaveToolAsync(Tool tool, CancellationToken ct)
    {
        var (db, _) = store.UnitOfWork ?? throw new InvalidOperationException("Purchased tools are written only inside a budget unit of work.");
        return await ToolStore.SaveAsync(db, [tool], ct);
    }

    public async Task<(FixedAsset? Card, bool ActionsAsked)> FindCardAsync(string code, CancellationToken ct)
    {
        var (db, _) = store.UnitOfWork ?? throw new InvalidOperationException("Purchased assets are written only inside a budget unit of work.");
        return (await AssetStore.FindAsync(db, code, ct), await db.AssetActions.AnyAsync(a => a.AssetCode == code, ct));
    }

    public async Task<Result> SaveCardAsync(FixedAsset card, CancellationToken ct)
    {
        var (db, _) = store.UnitOfWork ?? throw new InvalidOperationException("Purchased assets are written only inside a budget unit of work.");
        var now = card.Current;
        var updated = await db.AuditedAsync(db.Assets.Where(a => a.Code == card.Key && a.Version == card.Version), q => q.ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Status, now.Status.Code())
            .SetProperty(a => a.OriginalCost, now.OriginalCost)
            .SetProperty(a => a.Version, card.Version + 1), ct), ct);
        if (updated == 0)
        {
            return Result.Failure(AssetErrors.Error(AssetErrors.Stale, $"Tài sản {card.Code} vừa được người khác thay đổi; không có gì được ghi. Hãy xem lại (asset show {card.Code}) rồi thử lại."));
        }

        db.AssetEvents.AddRange(card.NewEvents.Select(e => AssetMapping.ToRecord(card.Key, e)));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        card.Stored(card.Version + 1);
        return Result.Success();
    }
}
