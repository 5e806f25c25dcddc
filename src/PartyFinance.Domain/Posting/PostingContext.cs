using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Domain.Posting;

/// <summary>
/// What an event posts about: the estimate line (unit, fund source, autonomy, sector, item and
/// which year's accounts), the voucher date, its named amounts (<c>amount</c>, <c>actual</c>,
/// <c>returned</c>, <c>actual-balance</c> …), for advances the payee, and for fixed assets the
/// accounts of the asset's group (roles <c>asset</c>, <c>accumulated-wear</c>).
/// </summary>
public sealed record PostingContext(
    string Unit,
    string FundSource,
    Autonomy Autonomy,
    string Sector,
    string BudgetItem,
    EstimateYear Year,
    DateOnly Date,
    IReadOnlyDictionary<string, long> Amounts,
    string? Payee = null,
    IReadOnlyDictionary<string, string>? GroupAccounts = null)
{
    /// <summary>The context of a budget line's event on <paramref name="date"/>: năm trước for a carried-over line or a date past the line's year.</summary>
    public static PostingContext For(BudgetLineKey key, DateOnly date, IReadOnlyDictionary<string, long> amounts, string? payee = null) =>
        new(key.Unit, key.FundSource, key.Autonomy, key.Sector, key.BudgetItem, YearOf(key, date), date, amounts, payee);

    public static EstimateYear YearOf(BudgetLineKey key, DateOnly date) =>
        key.CarriedOver || date.Year > key.Year ? EstimateYear.Prior : EstimateYear.Current;

    public static IReadOnlyDictionary<string, long> Amount(long amount) => new Dictionary<string, long>(StringComparer.Ordinal) { ["amount"] = amount };
}
