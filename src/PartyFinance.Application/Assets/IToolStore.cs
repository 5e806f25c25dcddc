using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;

namespace PartyFinance.Application.Assets;

/// <summary>
/// The tools register's store. Reads are plain; every change runs in <see cref="InWorkAsync{T}"/>: one
/// transaction holding the ledger's posting lock, in which the tools, their history and the vouchers
/// they post are written together — or, when the work returns a failure or throws, nothing at all.
/// </summary>
public interface IToolStore
{
    Task<Tool?> FindAsync(string code, CancellationToken ct);

    /// <summary>Tools of one unit (all units when null), with history, by code.</summary>
    Task<IReadOnlyList<Tool>> ListAsync(string? unit, CancellationToken ct);

    Task<Result<T>> InWorkAsync<T>(Func<IToolWork, Task<Result<T>>> work, CancellationToken ct);
}

/// <summary>What tools work may do inside its transaction.</summary>
public interface IToolWork
{
    bool UnitExists(string unit, DateOnly date);

    /// <summary>The reference data of the ledger session this work posts through (codes checked before anything is posted).</summary>
    Domain.Ledger.ILedgerCatalog Catalog { get; }

    Task<Tool?> FindAsync(string code, CancellationToken ct);

    /// <summary>Which of <paramref name="codes"/> the register already holds, read in batches (an import's check, not a card per row).</summary>
    Task<IReadOnlySet<string>> ExistingCodesAsync(IReadOnlyCollection<string> codes, CancellationToken ct);

    Task<IReadOnlyList<Tool>> ListAsync(string? unit, CancellationToken ct);

    /// <summary>Posts a voucher in this transaction; the same key with the same content returns the first number.</summary>
    Task<Result<string>> PostAsync(VoucherDraft draft, string postedBy, CancellationToken ct);

    /// <summary>Closing balance (debit − credit) of accounts starting with <paramref name="prefix"/> for a unit at a date.</summary>
    Task<long> BalanceAsync(string unit, string prefix, DateOnly date, CancellationToken ct);

    /// <summary>New tools and new history entries; a tool changed since it was read is refused (tools.stale).</summary>
    Task<Result> SaveAsync(IReadOnlyCollection<Tool> tools, CancellationToken ct);
}
