using System.Text;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Ledger;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Demo;

/// <summary>
/// `demo seed`: loads the demo province through the same use cases an accountant uses, so the
/// demo obeys every rule. Running it again adds only what is new (keys already posted are skipped).
/// </summary>
public sealed class SeedDemo(ILedgerStore store, ILedgerQueries queries, TimeProvider clock, EstimateControl estimates)
{
    public async Task<Result<DemoReport>> RunAsync(string actor, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        using var unitStream = new MemoryStream(Encoding.UTF8.GetBytes(DemoProvince.UnitsCsv));
        var units = await new ImportUnits(store, clock).RunAsync(unitStream, "demo-units.csv", "demo", actor, ct);
        if (!units.Succeeded)
        {
            return Result.Failure<DemoReport>(units.Errors);
        }

        var openingFile = Path.Combine(Path.GetTempPath(), $"partyfinance-demo-opening-{Guid.NewGuid():N}.csv");
        ImportReport opening;
        try
        {
            await File.WriteAllTextAsync(openingFile, DemoProvince.OpeningBalancesCsv(), ct);
            opening = await new ImportOpeningBalances(store, clock).RunAsync(openingFile, actor, ct);
        }
        finally
        {
            File.Delete(openingFile);
        }

        if (!opening.Succeeded)
        {
            return Result.Failure<DemoReport>(opening.Errors);
        }

        var vouchers = await new PostVouchers(store, clock, estimates).RunAsync(DemoProvince.Vouchers(today, new DemoVouchers(estimates.Book)), [], 0, actor, null, ct);
        if (!vouchers.Succeeded)
        {
            return Result.Failure<DemoReport>(vouchers.Errors);
        }

        await CorrectOnePaymentAsync(actor, ct);
        var locked = await LockFirstHalfOf2025Async(actor, ct);
        return Result.Success(new DemoReport(units.Stored, opening.Stored, vouchers.Stored, vouchers.Skipped, locked));
    }

    /// <summary>A posting mistake fixed the proper way: a reversal, never an edit.</summary>
    private async Task CorrectOnePaymentAsync(string actor, CancellationToken ct)
    {
        var march = await queries.ListVouchersAsync("BTC", 2025, ct);
        var wrong = march.FirstOrDefault(v => v.Key == "demo-BTC-20250315-PC");
        if (wrong is null || wrong.ReversedBy is not null)
        {
            return;
        }

        await new ReverseVoucher(store, clock, estimates).RunAsync(wrong.Number, new DateOnly(2025, 3, 20), "Ghi nhầm số tiền, lập lại chứng từ đúng", actor, ct);
    }

    private async Task<int> LockFirstHalfOf2025Async(string actor, CancellationToken ct)
    {
        var locker = new ChangePeriodLock(store, clock);
        var count = 0;
        foreach (var unit in await queries.ListUnitsAsync(ct))
        {
            for (var month = 1; month <= 6; month++)
            {
                if (unit.IsActiveOn(new DateOnly(2025, month, 1)) && (await locker.LockAsync(unit.Code, 2025, month, actor, ct)).IsSuccess)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
