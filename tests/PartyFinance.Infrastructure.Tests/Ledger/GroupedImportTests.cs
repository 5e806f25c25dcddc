using System.Globalization;
using System.Text;
using PartyFinance.Application.Common;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Ledger;

/// <summary>
/// `voucher import` posts each voucher as soon as its lines are read (a key's lines together, as `voucher export` writes
/// them) and reads a file whose keys come back whole; either way the outcome is what reading the whole file first gives.
/// </summary>
public class GroupedImportTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AFileWhoseKeysComeBack_IsStoredAsTheSameVouchersGroupedWouldBe(DatabaseProvider provider)
    {
        var a = Books.Payment("A", "2025-03-01", 100).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var b = Books.Payment("B", "2025-03-02", 7, "BTC").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var c = Books.Payment("C", "2025-03-03", 9).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var grouped = string.Concat(a.Concat(b).Concat(c).Select(l => l + "\n"));
        var mixed = string.Concat(new[] { a[0], b[0], a[1], c[0], b[1], b[2], a[2], c[1], c[2], c[3], b[3], a[3] }.Select(l => l + "\n"));

        await using var one = await Books.OpenAsync(provider);
        await using var two = await Books.OpenAsync(provider);
        var groupedReport = await one.ImportAsync(grouped);
        var mixedReport = await two.ImportAsync(mixed);

        Assert.True(mixedReport.Succeeded, string.Join("; ", mixedReport.Errors.Select(e => e.Describe())));
        Assert.Equal((12, 3, "VPTU/PC/2025/000001", "VPTU/PC/2025/000002"), (mixedReport.Rows, mixedReport.Stored, mixedReport.FirstNumber, mixedReport.LastNumber));
        Assert.Equal((groupedReport.Rows, groupedReport.Stored, groupedReport.FirstNumber, groupedReport.LastNumber),
            (mixedReport.Rows, mixedReport.Stored, mixedReport.FirstNumber, mixedReport.LastNumber));
        Assert.Equal(await VouchersAsync(one), await VouchersAsync(two));
        Assert.Equal(["VPTU/PC/2025/000001 A 100", "BTC/PC/2025/000001 B 7", "VPTU/PC/2025/000002 C 9"], await VouchersAsync(two));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AUnitRefusedPartWay_RefusesTheFileWithWhatACheckOfAllItsUnitsGives(DatabaseProvider provider)
    {
        await using var books = await Books.OpenAsync(provider);
        await TestAccess.RegisterAsync(books.Db.Target, new FixedClock(), ("ketoan_btc", Role.Accountant, RoleScope.Unit("BTC")));
        var file = Books.Payment("A", "2025-03-01", 5, "BTC") + Books.Payment("B", "2025-03-01", 6) + Books.Payment("C", "2025-03-01", 7, "BTC");

        var report = await new ImportVouchers(new PostVouchers(books.Store, new FixedClock(), TestReference.Estimates), books.Access, new FixedClock())
            .RunAsync(books.File("v.csv", Books.Header + file), "ketoan_btc", Ct);

        var expected = await books.Access.CheckAsync("ketoan_btc", Permission.VoucherImport, ["BTC", "VPTU", "BTC"], Ct);
        Assert.True(expected.IsFailure);
        Assert.Equal(expected.Errors, report.Errors);
        Assert.Equal(AccessErrors.NotPermitted, Assert.Single(report.Errors).Code);
        Assert.Empty(await books.Queries.ListVouchersAsync(null, null, Ct));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AYearOverItsLimitBeforeABadRow_IsReportedAsTheBadRowAlone(DatabaseProvider provider)
    {
        // Four receipts of 10^15 carry 2025 to 8·10^15 of its 9·10^15 (two sides each); the fifth would pass the limit. Then
        // 12,000 receipts of 1 đồng, so the first vouchers are posted (a chunk of 2,000 at a time) before the bad row at the
        // end is read — the parse runs at most 18 batches of 256 ahead of the posting (ReadAhead). Read whole, that bad row
        // means nothing is appended, so the limit is never reached: only the bad row is reported.
        await using var books = await Books.OpenAsync(provider);
        var csv = new StringBuilder();
        for (var i = 1; i <= 12_005; i++)
        {
            var key = "T" + i.ToString(CultureInfo.InvariantCulture);
            var amount = i <= 5 ? Money.MaxAmount : 1;
            csv.Append(CultureInfo.InvariantCulture, $"{key},2025-03-10,BTC,PT,Thu tiền,1111,{amount},,,,\n{key},2025-03-10,BTC,PT,,3371,,{amount},,,\n");
        }

        var overLimit = await books.ImportAsync(csv.ToString());
        Assert.Equal((LedgerErrors.YearVolumeExceeded, 10), (Assert.Single(overLimit.Errors).Code, overLimit.Errors[0].Row!.Value));

        var report = await books.ImportAsync(csv + "X,2025-13-01,BTC,PC,Sai ngày,1111,1,,,,\n");
        Assert.Equal((ImportErrors.BadDate, 24_012), (Assert.Single(report.Errors).Code, report.Errors[0].Row!.Value));
        Assert.Empty(await books.Queries.ListVouchersAsync(null, null, Ct));
    }

    private static async Task<List<string>> VouchersAsync(Books books) =>
        [.. (await books.Queries.ListVouchersAsync(null, 2025, Ct)).Select(v => $"{v.Number} {v.Key} {v.Amount}")];
}
