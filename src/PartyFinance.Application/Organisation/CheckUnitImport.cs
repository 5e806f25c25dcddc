using PartyFinance.Application.Common;
using PartyFinance.Application.Ledger;

namespace PartyFinance.Application.Organisation;

/// <summary>
/// `unit import` as a dry run: <see cref="ImportUnits"/> itself — the permission, the parse, the chapters, the units' last
/// vouchers, the parent and successor links, the inserts and updates with their audit rows — in a ledger session that is never
/// committed, so the whole error list or how many units would be added or changed is known before anything is stored.
/// </summary>
public sealed class CheckUnitImport(ImportUnits import)
{
    public Task<ImportReport> RunAsync(ImportFile file, string by, CancellationToken ct) => import.RunAsync(file, by, commit: false, ct);
}
