using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;

namespace PartyFinance.Application.Assets;

/// <summary>
/// The asset register's store. Reads are plain; every change runs in <see cref="InWorkAsync{T}"/>:
/// one transaction holding the ledger's posting lock, in which the cards, their history, the
/// vouchers they post and the approval they rest on are written together — or, when the work
/// returns a failure or throws, nothing at all.
/// </summary>
public interface IAssetStore
{
    Task<IReadOnlyList<FixedAssetClass>> ClassesAsync(CancellationToken ct);

    /// <summary>The card holding <paramref name="code"/>: the one not reversed, else the latest reversed card that held it.</summary>
    Task<FixedAsset?> FindAsync(string code, CancellationToken ct);

    /// <summary>Every card that held <paramref name="code"/> (reversed cards whose code a new card took, then that card), in the order they were opened.</summary>
    Task<IReadOnlyList<FixedAsset>> FindAllAsync(string code, CancellationToken ct);

    /// <summary>Cards (with history) of one unit's assets, or of all when <paramref name="unit"/> is null; by code.</summary>
    Task<IReadOnlyList<FixedAsset>> ListAsync(string? unit, CancellationToken ct);

    /// <summary>
    /// The cards of <see cref="ListAsync"/>, each handed to <paramref name="each"/> as it is read and not kept: what a
    /// report computes from a province's hundred thousand cards without holding them all.
    /// </summary>
    Task EachAsync(string? unit, Action<FixedAsset> each, CancellationToken ct);

    Task<IReadOnlyList<AssetActionRequest>> ActionsAsync(string code, CancellationToken ct);

    /// <summary>Units that hold or held an asset.</summary>
    Task<IReadOnlyList<string>> UnitsAsync(CancellationToken ct);

    Task<Result<T>> InWorkAsync<T>(Func<IAssetWork, Task<Result<T>>> work, CancellationToken ct);
}

/// <summary>What asset work may do inside its transaction.</summary>
public interface IAssetWork
{
    /// <summary>Units as stored (code → valid from/to), for existence checks on a date.</summary>
    bool UnitExists(string unit, DateOnly date);

    /// <summary>The reference data of the ledger session this work posts through (codes checked before anything is posted).</summary>
    Domain.Ledger.ILedgerCatalog Catalog { get; }

    Task<FixedAsset?> FindAsync(string code, CancellationToken ct);

    /// <summary>Every card of the unit (all units when null) that came into service by <paramref name="by"/>, with history.</summary>
    Task<IReadOnlyList<FixedAsset>> LoadAsync(string? unit, DateOnly by, CancellationToken ct);

    /// <summary>The cards that any of <paramref name="units"/> holds or handed on, in service by <paramref name="by"/>, with history.</summary>
    Task<IReadOnlyList<FixedAsset>> LoadUnitsAsync(IReadOnlyList<string> units, DateOnly by, CancellationToken ct);

    /// <summary>
    /// The cards of each group of units in turn, as <see cref="LoadUnitsAsync"/> would load them; the
    /// next group is read ahead on a connection of its own while the caller works on the current one.
    /// That connection sees the books as committed, not this work's own changes, so only a run whose
    /// writes never change the cards of a later group (the wear run) may use it. The cards carry only what
    /// wear is computed from (history entries without vouchers, reason, action, author and time; no location
    /// or custodian): they are for wearing, not for showing or saving as cards.
    /// </summary>
    IAsyncEnumerable<IReadOnlyList<FixedAsset>> LoadUnitGroupsAsync(IReadOnlyList<IReadOnlyList<string>> groups, DateOnly by, CancellationToken ct);

    /// <summary>Units that hold or handed on an asset.</summary>
    Task<IReadOnlyList<string>> UnitsAsync(CancellationToken ct);

    /// <summary>Those of <paramref name="codes"/> held by a card not reversed (a reversed card's code is free for a new card).</summary>
    Task<IReadOnlySet<string>> ExistingCodesAsync(IReadOnlyCollection<string> codes, CancellationToken ct);

    /// <summary>Posts a voucher in this transaction; the same key with the same content returns the first number.</summary>
    Task<Result<string>> PostAsync(VoucherDraft draft, string postedBy, CancellationToken ct);

    /// <summary>Closing balance (debit − credit) of accounts starting with any of <paramref name="prefixes"/> for a unit at a date.</summary>
    Task<long> BalanceAsync(string unit, IReadOnlyCollection<string> prefixes, DateOnly date, CancellationToken ct);

    /// <summary>New cards and new history entries; a card changed since it was loaded is refused (assets.stale).</summary>
    Task<Result> SaveAsync(IReadOnlyCollection<FixedAsset> assets, CancellationToken ct);

    /// <summary>
    /// The wear a run booked on the cards, in multi-row inserts: (asset, year) is the key, so the same year
    /// cannot be worn twice. Wear does not change a card's version (it is history, not an edit of the card).
    /// </summary>
    Task SaveWearAsync(IReadOnlyCollection<FixedAsset> cards, CancellationToken ct);

    Task ReplaceClassesAsync(IReadOnlyList<FixedAssetClass> classes, CancellationToken ct);

    Task<long> NextActionIdAsync(CancellationToken ct);

    Task<IReadOnlyList<AssetActionRequest>> ActionsAsync(string code, CancellationToken ct);

    Task<AssetActionRequest?> FindActionAsync(Guid approvalId, CancellationToken ct);

    Task SaveActionAsync(AssetActionRequest action, CancellationToken ct);

    Task<Result> SaveApprovalAsync(ApprovalRequest approval, CancellationToken ct);

    Task<long> NextPurchaseIdAsync(CancellationToken ct);

    /// <summary>The purchase (`asset purchase`) whose approval chain is <paramref name="approvalId"/>.</summary>
    Task<AssetPurchaseRequest?> FindPurchaseAsync(Guid approvalId, CancellationToken ct);

    /// <summary>A purchase of <paramref name="code"/> still waiting for its decision, if any.</summary>
    Task<AssetPurchaseRequest?> PendingPurchaseAsync(string code, CancellationToken ct);

    Task SavePurchaseAsync(AssetPurchaseRequest purchase, CancellationToken ct);

    Task<long> NextSheetIdAsync(CancellationToken ct);

    Task<Stocktake?> FindSheetAsync(long id, CancellationToken ct);

    Task<Stocktake?> OpenSheetOfUnitAsync(string unit, CancellationToken ct);

    /// <summary>The sheet's header and its lines as they now stand.</summary>
    Task SaveSheetAsync(Stocktake sheet, CancellationToken ct);

    Task<ApprovalRequest?> FindApprovalAsync(Guid id, CancellationToken ct);
}
