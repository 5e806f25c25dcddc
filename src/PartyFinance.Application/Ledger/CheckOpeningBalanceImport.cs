using PartyFinance.Application.Common;

namespace PartyFinance.Application.Ledger;

/// <summary>
/// `balance import` as a dry run: <see cref="ImportOpeningBalances"/> itself — the parse, the permission for every unit, the
/// accounts, the balance per unit and year, the balances already stored — in a ledger session that is never committed, so the
/// whole error list or how many lines would be stored (and how many are already there) is known before anything is stored.
/// </summary>
public sealed class CheckOpeningBalanceImport(ImportOpeningBalances import)
{
    public Task<ImportReport> RunAsync(ImportFile file, string by, CancellationToken ct) => import.RunAsync(file, by, commit: false, ct);
}
