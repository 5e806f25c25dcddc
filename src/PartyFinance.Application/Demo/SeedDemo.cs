using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Common;
using PartyFinance.Application.Ledger;
using PartyFinance.Application.Organisation;
using PartyFinance.Application.Reference;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Demo;

/// <summary>
/// `demo seed`: loads the demo province through the same use cases the people of the province use,
/// each acting as the role it needs — the administrator registers the users, imports the units and
/// the delegation rule sets; the accountant posts; the chief accountant reverses and locks — so the
/// demo obeys every rule and every permission. Running it again adds only what is new. The asset
/// register behind the opening balances is taken over and worn for 2025.
/// </summary>
public sealed class SeedDemo(InitialiseBooks init, SeedDemoUsers users, ImportUnits importUnits, ImportOpeningBalances importOpening, PostVouchers post,
    ReverseVoucher reverse, ChangePeriodLock locks, ILedgerQueries queries,
    AccessGuard access, TimeProvider clock, EstimateControl estimates, Assets.ImportAssets importAssets, Assets.RunWear wear, Assets.IAssetStore assets)
{
    /// <summary>
    /// Initialises the database (as `db init --admin quantri`, so an installation with another
    /// administrator is refused: the demo never mixes with real books), then loads the province.
    /// </summary>
    public async Task<Result<DemoReport>> RunAsync(string referenceFolder, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var initialised = await init.RunAsync(referenceFolder, DemoUsers.Admin, new FirstAdmin(DemoUsers.Admin, DemoUsers.AdminName), ct);
        if (initialised.IsFailure)
        {
            return Result.Failure<DemoReport>(initialised.Errors);
        }

        var by = DemoUsers.Admin;
        var province = await users.ProvinceAsync(by, ct);
        if (province.IsFailure)
        {
            return Result.Failure<DemoReport>(province.Errors);
        }

        var units = await importUnits.RunAsync(ImportFile.FromText(DemoProvince.UnitsCsv, "demo-units.csv"), by, ct);
        if (!units.Succeeded)
        {
            return Result.Failure<DemoReport>(units.Errors);
        }

        var heads = await users.UnitHeadsAsync(by, ct);
        if (heads.IsFailure)
        {
            return Result.Failure<DemoReport>(heads.Errors);
        }

        var opening = await importOpening.RunAsync(ImportFile.FromText(DemoProvince.OpeningBalancesCsv(), "demo-opening.csv"), DemoUsers.Accountant, ct);
        if (!opening.Succeeded)
        {
            return Result.Failure<DemoReport>(opening.Errors);
        }

        var drafts = DemoProvince.Vouchers(today, new DemoVouchers(estimates.Book));
        var allowed = await access.CheckAsync(DemoUsers.Accountant, Permission.VoucherImport, drafts.Select(d => (string?)d.UnitCode).ToList(), ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<DemoReport>(allowed.Errors);
        }

        var vouchers = await post.RunAsync(drafts, [], 0, DemoUsers.Accountant, null, ct);
        if (!vouchers.Succeeded)
        {
            return Result.Failure<DemoReport>(vouchers.Errors);
        }

        await CorrectOnePaymentAsync(DemoUsers.ChiefAccountant, ct);

        // The register behind the opening 21131 / 2141, then 2025's December wear run.
        var added = 0;
        if (await assets.FindAsync("VPTU-MT-01", ct) is null)
        {
            var register = await importAssets.RunAsync(ImportFile.FromText(DemoProvince.AssetsCsv(), "demo-tai-san.csv"), new DateOnly(2025, 1, 1), DemoUsers.Accountant, ct);
            if (register.IsFailure)
            {
                return Result.Failure<DemoReport>(register.Errors);
            }

            added = register.Value.Added;
        }

        var worn = await wear.RunAsync(2025, null, DemoUsers.Accountant, ct);
        if (worn.IsFailure || worn.Value.Failed.Count > 0)
        {
            return Result.Failure<DemoReport>(worn.IsFailure ? worn.Errors : [new DomainError(Domain.Assets.AssetErrors.BadField, worn.Value.Failed[0].Reason)]);
        }

        var locked = await LockFirstHalfOf2025Async(DemoUsers.ChiefAccountant, ct);
        return Result.Success(new DemoReport(units.Stored, opening.Stored, vouchers.Stored, vouchers.Skipped, locked,
            province.Value + heads.Value, added, worn.Value.Worn));
    }

    /// <summary>The shipped delegation rule sets, when none is stored yet.</summary>
    /// <summary>A posting mistake fixed the proper way: a reversal, never an edit.</summary>
    private async Task CorrectOnePaymentAsync(string actor, CancellationToken ct)
    {
        var march = await queries.ListVouchersAsync("BTC", 2025, ct);
        var wrong = march.FirstOrDefault(v => v.Key == "demo-BTC-20250315-PC");
        if (wrong is null || wrong.ReversedBy is not null)
        {
            return;
        }

        await reverse.RunAsync(wrong.Number, new DateOnly(2025, 3, 20), "Ghi nhầm số tiền, lập lại chứng từ đúng", actor, ct);
    }

    private async Task<int> LockFirstHalfOf2025Async(string actor, CancellationToken ct)
    {
        var count = 0;
        foreach (var unit in await queries.ListUnitsAsync(ct))
        {
            for (var month = 1; month <= 6; month++)
            {
                // A unit's last month (a unit merged away on 30/06) stays open: its year-end closing entries are dated in it.
                if (unit.IsActiveOn(new DateOnly(2025, month, 1)) && unit.IsActiveOn(new DateOnly(2025, month, 1).AddMonths(1))
                    && (await locks.LockAsync(unit.Code, 2025, month, actor, ct)).IsSuccess)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
