using PartyFinance.Application.Common;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Ledger;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Ledger;

public class LedgerPostingTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_BalancedFile_PostsNumbersAndKeepsBalancesEqualToLines(DatabaseProvider provider)
    {
        await using var books = await Books.OpenAsync(provider);
        var report = await books.ImportAsync(Books.Payment("A", "2025-03-01", 100_000) + Books.Payment("B", "2025-03-02", 250_000) + Books.Payment("C", "2025-03-02", 7, "BTC"));

        Assert.True(report.Succeeded, string.Join("; ", report.Errors.Select(e => e.Describe())));
        var list = await books.Queries.ListVouchersAsync(null, 2025, Ct);
        Assert.Equal(["VPTU/PC/2025/000001", "VPTU/PC/2025/000002", "BTC/PC/2025/000001"], list.Select(v => v.Number));
        Assert.Equal([100_000L, 250_000L, 7L], list.Select(v => v.Amount));

        var tb = TrialBalance.From(2025, null, await books.Queries.MovementsAsync(2025, null, Ct));
        Assert.Equal(350_007, tb.OnBalance.Single(r => r.Account == "61112").Debit);
        Assert.Equal(350_007, tb.OnBalance.Single(r => r.Account == "1111").ClosingCredit);
        Assert.Equal(tb.TotalDebit, tb.TotalCredit);
        Assert.Equal(350_007, TrialBalance.From(2025, "VPTU", await books.Queries.MovementsAsync(2025, "VPTU", Ct)).OnBalance.Single(r => r.Account == "61112").Debit + 7);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_WithBadRows_ListsEveryProblemAndStoresNothing(DatabaseProvider provider)
    {
        await using var books = await Books.OpenAsync(provider);
        var report = await books.ImportAsync(Books.Payment("A", "2025-03-01", 100) +
            "B,2025-03-01,VPTU,PC,Lệch,1111,100,,,,\nB,2025-03-01,VPTU,PC,,3371,,90,,,\n" +
            "C,2025-03-01,VPTU,PC,Thiếu mục,61112,100,,NSNN,,340-351\nC,2025-03-01,VPTU,PC,,1111,,100,,,\n" +
            "D,2025-03-01,VPTU,PC,Sai số,1111,abc,,,,\n");

        Assert.False(report.Succeeded);
        Assert.Equal(
            [(LedgerErrors.Unbalanced, 6), (LedgerErrors.DimensionRequired, 8), (ImportErrors.BadNumber, 10)],
            report.Errors.Select(e => (e.Code, e.Row!.Value)));
        Assert.Empty(await books.Queries.ListVouchersAsync(null, null, Ct));
        Assert.Empty(await books.Queries.MovementsAsync(2025, null, Ct));

        var retry = await books.ImportAsync(Books.Payment("A", "2025-03-01", 100));
        Assert.Equal("VPTU/PC/2025/000001", retry.FirstNumber);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_SameKeysAgain_StoresOnceButReusedKeyWithOtherContentIsRefused(DatabaseProvider provider)
    {
        await using var books = await Books.OpenAsync(provider);
        Assert.Equal(2, (await books.ImportAsync(Books.Payment("A", "2025-03-01", 100) + Books.Payment("B", "2025-03-01", 5))).Stored);

        var again = await books.ImportAsync(Books.Payment("A", "2025-03-01", 100) + Books.Payment("B", "2025-03-01", 5) + Books.Payment("C", "2025-03-05", 9));
        Assert.Equal((1, 2), (again.Stored, again.Skipped));

        var conflict = await books.ImportAsync(Books.Payment("A", "2025-03-01", 101));
        Assert.Equal(LedgerErrors.KeyReused, Assert.Single(conflict.Errors).Code);
        Assert.Equal(3, (await books.Queries.ListVouchersAsync(null, null, Ct)).Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reverse_PostsMirrorOnceAndLeavesOriginalUntouched(DatabaseProvider provider)
    {
        await using var books = await Books.OpenAsync(provider);
        await books.ImportAsync(Books.Payment("A", "2025-03-01", 100));
        var reverse = new ReverseVoucher(books.Store, books.Access, new FixedClock(), TestReference.Estimates);

        var r = await reverse.RunAsync("VPTU/PC/2025/000001", new DateOnly(2025, 3, 10), "Ghi trùng", "ketoantruong", Ct);
        Assert.True(r.IsSuccess, r.IsFailure ? r.FirstError.Describe() : null);
        Assert.Equal(LedgerErrors.AlreadyReversed, (await reverse.RunAsync("VPTU/PC/2025/000001", new DateOnly(2025, 3, 11), "lần hai", "ketoantruong", Ct)).FirstError.Code);
        Assert.Equal(LedgerErrors.VoucherNotFound, (await reverse.RunAsync("VPTU/PC/2025/000099", new DateOnly(2025, 3, 11), "x", "ketoantruong", Ct)).FirstError.Code);

        var list = await books.Queries.ListVouchersAsync("VPTU", 2025, Ct);
        Assert.Equal(("VPTU/PC/2025/000002", null), (list[0].ReversedBy, list[0].Reverses));
        Assert.Equal(("VPTU/PC/2025/000001", null), (list[1].Reverses, list[1].ReversedBy));
        var tb = TrialBalance.From(2025, null, await books.Queries.MovementsAsync(2025, null, Ct));
        Assert.All(tb.OnBalance, row => Assert.Equal(0, row.ClosingDebit + row.ClosingCredit));
        Assert.Equal(200, tb.OnBalance.Single(x => x.Account == "61112").Debit + tb.OnBalance.Single(x => x.Account == "61112").Credit);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task LockedMonth_RefusesPostingUntilUnlockedWithAReason(DatabaseProvider provider)
    {
        await using var books = await Books.OpenAsync(provider);
        var periods = new ChangePeriodLock(books.Store, books.Access, new FixedClock());
        Assert.True((await periods.LockAsync("VPTU", 2025, 3, "ketoantruong", Ct)).IsSuccess);

        Assert.Equal(LedgerErrors.PeriodLocked, Assert.Single((await books.ImportAsync(Books.Payment("A", "2025-03-01", 100))).Errors).Code);
        Assert.True((await books.ImportAsync(Books.Payment("B", "2025-03-01", 100, "BTC"))).Succeeded);
        Assert.Equal(LedgerErrors.ReasonRequired, (await periods.UnlockAsync("VPTU", 2025, 3, null, "ketoantruong", Ct)).FirstError.Code);
        Assert.True((await periods.UnlockAsync("VPTU", 2025, 3, "Bổ sung chứng từ", "ketoantruong", Ct)).IsSuccess);
        Assert.True((await books.ImportAsync(Books.Payment("A", "2025-03-01", 100))).Succeeded);

        await using var session = await books.Store.BeginAsync(Ct);
        var period = await session.LoadPeriodAsync("VPTU", 2025, 3, Ct);
        Assert.Equal([(PeriodAction.Lock, null), (PeriodAction.Unlock, "Bổ sung chứng từ")], period.Events.Select(e => (e.Action, e.Reason)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OpeningBalances_AreBalancedPerUnitAndImportedOnce(DatabaseProvider provider)
    {
        await using var books = await Books.OpenAsync(provider);
        var import = new ImportOpeningBalances(books.Store, books.Access, new FixedClock());
        const string header = "unit,year,account,debit,credit\n";

        var bad = await import.RunAsync(books.File("o1.csv", header + "VPTU,2025,1111,100,0\nVPTU,2025,3371,0,90\n"), "ketoantruong", Ct);
        Assert.Equal(LedgerErrors.OpeningUnbalanced, Assert.Single(bad.Errors).Code);

        var good = books.File("o2.csv", header + "VPTU,2025,1111,100,0\nVPTU,2025,3371,0,100\n");
        Assert.Equal(2, (await import.RunAsync(good, "ketoantruong", Ct)).Stored);
        Assert.Equal(2, (await import.RunAsync(good, "ketoantruong", Ct)).Skipped);
        var changed = await import.RunAsync(books.File("o3.csv", header + "VPTU,2025,1111,120,0\nVPTU,2025,3371,0,120\n"), "ketoantruong", Ct);
        Assert.Equal(LedgerErrors.OpeningAlreadyPosted, Assert.Single(changed.Errors).Code);

        await books.ImportAsync(Books.Payment("A", "2025-03-01", 30));
        var tb = TrialBalance.From(2025, "VPTU", await books.Queries.MovementsAsync(2025, "VPTU", Ct));
        var cash = tb.OnBalance.Single(r => r.Account == "1111");
        Assert.Equal((100L, 70L), (cash.OpeningDebit, cash.ClosingDebit));
        Assert.Equal(tb.TotalClosingDebit, tb.TotalClosingCredit);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GeneralLedger_IncludesSubAccountsWithRunningBalance(DatabaseProvider provider)
    {
        await using var books = await Books.OpenAsync(provider);
        await books.ImportAsync(Books.Payment("A", "2025-03-01", 30) + Books.Payment("B", "2025-04-01", 20));
        var gl = await books.Queries.GeneralLedgerAsync("111", 2025, null, Ct);
        Assert.Equal([30L, 50L], gl.Lines.Select(l => l.BalanceCredit));
        Assert.All(gl.Lines, l => Assert.Equal("1111", l.Account));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Post_SameKeyTwiceInOneBatch_IsRefusedAndNothingIsStored(DatabaseProvider provider)
    {
        await using var books = await Books.OpenAsync(provider);
        var draft = new VoucherDraft("dup", new DateOnly(2025, 3, 1), "VPTU", "PC", "Chi",
            [new PostingDraft("1111", 0, 10), new PostingDraft("3371", 10, 0)]);
        var report = await new PostVouchers(books.Store, new FixedClock(), TestReference.Estimates).RunAsync([draft, draft with { Row = 9 }], [], 2, "ketoantruong", null, Ct);
        var e = Assert.Single(report.Errors);
        Assert.Equal((LedgerErrors.KeyReused, 9), (e.Code, e.Row!.Value));
        Assert.Empty(await books.Queries.ListVouchersAsync(null, null, Ct));
    }
}
