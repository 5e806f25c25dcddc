using PartyFinance.Domain.Ledger;

namespace PartyFinance.Application.Ledger;

/// <summary>The state of one step of `close year` for a unit and year, with what it did or why it waits or failed.</summary>
public sealed record CloseStepRecord(string Unit, int Year, CloseStep Step, CloseStepState State, string Detail, string By, DateTimeOffset At);

/// <summary>A posted voucher found by its key.</summary>
public sealed record KeyedVoucher(string Unit, string Key, string Number, long Amount);

/// <summary>What `close year` reads and keeps: the step states (table year_close_steps) and the year's balances it closes.</summary>
public interface IYearCloseStore
{
    Task<IReadOnlyList<CloseStepRecord>> StepsAsync(int year, CancellationToken ct);

    /// <summary>Inserts or replaces the states of these unit × year × step.</summary>
    Task SaveStepsAsync(IReadOnlyList<CloseStepRecord> steps, CancellationToken ct);

    /// <summary>The year's movements on accounts starting with one of <paramref name="prefixes"/>, per unit, account and budget dimensions (one unit, or every unit).</summary>
    Task<IReadOnlyList<DimensionBalance>> YearBalancesAsync(int year, string? unit, IReadOnlyList<string> prefixes, CancellationToken ct);

    /// <summary>Closing balance of every account at 31/12 (opening of the year plus its movements), per unit.</summary>
    Task<IReadOnlyList<ClosingBalance>> ClosingBalancesAsync(int year, string? unit, CancellationToken ct);

    /// <summary>Posted vouchers of the year whose key starts with one of <paramref name="prefixes"/>: unit, key, number and amount.</summary>
    Task<IReadOnlyList<KeyedVoucher>> VouchersByKeyAsync(int year, string? unit, IReadOnlyList<string> prefixes, CancellationToken ct);
}
