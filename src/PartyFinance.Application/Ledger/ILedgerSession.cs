using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Organisation;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Ledger;

/// <summary>
/// One all-or-nothing change to the books, holding the posting lock from start to commit
/// (SQLite: BEGIN IMMEDIATE; PostgreSQL: a row lock; SQL Server: an UPDLOCK, HOLDLOCK read), so numbers stay gapless and balances exact.
/// Disposing without <see cref="CommitAsync"/> rolls everything back.
/// </summary>
public interface ILedgerSession : IAsyncDisposable
{
    /// <summary>Reference data and locked periods as of the start of the session.</summary>
    LedgerCatalog Catalog { get; }

    /// <summary>Key → fingerprint for the keys already posted.</summary>
    Task<IReadOnlyDictionary<string, string>> FindPostedKeysAsync(IReadOnlyCollection<string> keys, CancellationToken ct);

    /// <summary>Next gapless sequence for unit × type × year, within this session.</summary>
    int NextSequence(string unitCode, string typeCode, int year);

    /// <summary>
    /// Writes a posted voucher, its lines and its balance movements; or writes nothing and returns the refusal when
    /// the voucher would carry its year past <see cref="Domain.Common.Money.MaxYearVolume"/> (the caller adds the row).
    /// </summary>
    ValueTask<DomainError?> AppendAsync(Voucher voucher, CancellationToken ct);

    Task<StoredVoucher?> FindVoucherAsync(string number, CancellationToken ct);

    Task<AccountingPeriod> LoadPeriodAsync(string unitCode, int year, int month, CancellationToken ct);

    Task AppendPeriodEventAsync(AccountingPeriod period, PeriodEvent change, CancellationToken ct);

    /// <summary>Opening balance lines already stored for a unit and year.</summary>
    Task<IReadOnlyList<OpeningBalanceLine>> LoadOpeningBalancesAsync(string unitCode, int year, CancellationToken ct);

    /// <summary>The date of the unit's latest posted voucher, or null when it has none.</summary>
    Task<DateOnly?> LastVoucherDateAsync(string unitCode, CancellationToken ct);

    /// <summary>Stores the lines; or stores nothing and returns the refusal naming the line's row when they would carry a year past <see cref="Domain.Common.Money.MaxYearVolume"/>.</summary>
    Task<DomainError?> AddOpeningBalancesAsync(IReadOnlyList<OpeningBalanceLine> lines, CancellationToken ct);

    /// <summary>Inserts new units and updates changed ones, each change written to the audit log.</summary>
    Task SaveUnitsAsync(IReadOnlyList<OrganisationUnit> added, IReadOnlyList<(OrganisationUnit Before, OrganisationUnit After)> changed, string by, DateTimeOffset at, CancellationToken ct);

    /// <summary>Balances of the estimate accounts for these unit × fund source × item × sector, years <paramref name="fromYear"/>..<paramref name="toYear"/>, as committed so far (this session's own postings not included).</summary>
    Task<IReadOnlyList<EstimateBalance>> EstimateBalancesAsync(IReadOnlyCollection<(string Unit, string FundSource, string BudgetItem, string Sector)> lines,
        int fromYear, int toYear, CancellationToken ct);

    /// <summary>What the budget has committed on these lines and their control mode (a line the budget does not hold: 0, the fund source's mode for the year, else stop).</summary>
    Task<IReadOnlyDictionary<BudgetLineKey, (long Committed, ControlMode Mode)>> CommitmentsAsync(IReadOnlyCollection<BudgetLineKey> keys, CancellationToken ct);

    /// <summary>Writes an audit row (who, what, why) in this session's transaction.</summary>
    void Audit(string entity, string key, string action, string detail, string by, DateTimeOffset at);

    Task CommitAsync(ImportBatch? batch, CancellationToken ct);
}
