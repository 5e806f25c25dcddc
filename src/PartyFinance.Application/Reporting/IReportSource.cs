using PartyFinance.Application.Ledger;
using PartyFinance.Application.Reference;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Application.Reporting;

/// <summary>
/// What the reports read from the books (implemented in Infrastructure over the ledger tables): the same
/// sums `ledger trial-balance` and `ledger general` show, so every report agrees with the trial balance.
/// </summary>
public interface IReportSource
{
    Task<IReadOnlyList<OrganisationUnit>> UnitsAsync(CancellationToken ct);

    Task<IReadOnlyDictionary<string, ChartAccount>> ChartAsync(CancellationToken ct);

    /// <summary>Budget classification codes (Chương, Loại, Khoản, Mục, Tiểu mục) with their names.</summary>
    Task<IReadOnlyList<BudgetCode>> BudgetCodesAsync(CancellationToken ct);

    /// <summary>Opening and period totals per posted account, as the trial balance sums them.</summary>
    Task<IReadOnlyList<AccountMovement>> MovementsAsync(ReportPeriod period, string? unit, CancellationToken ct);

    /// <summary>
    /// Period totals per posted account leaving out every voucher that has a line on an account starting with
    /// one of <paramref name="excluding"/> (the year-end closing entries into 911).
    /// </summary>
    Task<IReadOnlyList<AccountMovement>> MovementsExcludingAsync(ReportPeriod period, string? unit, IReadOnlyCollection<string> excluding, CancellationToken ct);

    /// <summary>The period's cash received and paid on the <paramref name="cash"/> accounts per contra account (every voucher's lines through <see cref="CashFlows.Accumulator"/>).</summary>
    Task<IReadOnlyList<CashFlow>> CashFlowsAsync(ReportPeriod period, string? unit, IReadOnlyCollection<string> cash, CancellationToken ct);

    /// <summary>
    /// The opening of one account's Sổ cái (with its sub-accounts): the year's opening balances plus what was posted in the
    /// year before the period, netted into one side unless the period starts on 1 January.
    /// </summary>
    Task<(long Debit, long Credit)> BookOpeningAsync(string account, ReportPeriod period, string? unit, CancellationToken ct);

    /// <summary>
    /// The books of <paramref name="accounts"/> (each with its sub-accounts) in the period: every line of the first book in
    /// posting order (date, voucher, line), each with the contra accounts of its entry, then every line of the second…
    /// (<see cref="BookLine.Book"/> is the index into <paramref name="accounts"/>). Streamed from the database, so books of
    /// millions of lines are never held in memory.
    /// </summary>
    IAsyncEnumerable<BookLine> BookEntriesAsync(IReadOnlyList<string> accounts, ReportPeriod period, string? unit, CancellationToken ct);
}
