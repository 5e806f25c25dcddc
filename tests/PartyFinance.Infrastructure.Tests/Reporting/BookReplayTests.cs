using PartyFinance.Application.Ledger;
using PartyFinance.Application.Reporting;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Reporting;
using PartyFinance.Infrastructure.Tests.Ledger;

namespace PartyFinance.Infrastructure.Tests.Reporting;

/// <summary>
/// SQLite: the books of a read of several (the general ledger) are kept, so the cash book of the same export is replayed
/// from them, line for line what a read of its own gives; a voucher posted in between makes it read the books again.
/// </summary>
public sealed class BookReplayTests
{
    private static readonly ReportPeriod Year = ReportPeriod.WholeYear(2025);

    [Fact]
    public async Task TheCashBookAfterTheGeneralLedger_IsReplayedFromItsRead_AndEqualsAReadOfItsOwn()
    {
        await using var books = await Books.OpenAsync(DatabaseProvider.Sqlite);
        var report = await books.ImportAsync(Books.Payment("a1", "15/03/2025", 1_000_000) + Books.Payment("a2", "10/02/2025", 2_000_000) + Books.Payment("a3", "20/03/2025", 500_000, "BTC"));
        Assert.True(report.Succeeded, string.Join("; ", report.Errors.Select(e => e.Describe())));

        List<BookLine> alone;
        using (var fresh = Source(books))
        {
            alone = await fresh.BookEntriesAsync(["111"], Year, null, CancellationToken.None).ToListAsync();
            Assert.Equal(0, fresh.BooksReplayed);
        }

        using var source = Source(books);
        var ledger = await source.BookEntriesAsync(["111", "337", "611"], Year, null, CancellationToken.None).ToListAsync();
        Assert.Equal(alone.Select(l => l.Entry), ledger.Where(l => l.Book == 0).Select(l => l.Entry));
        var cash = await source.BookEntriesAsync(["111"], Year, null, CancellationToken.None).ToListAsync();
        Assert.Equal(1, source.BooksReplayed);
        Assert.Equal(alone, cash);
        Assert.Equal(3, cash.Count);
        Assert.Equal(["10/02/2025", "15/03/2025", "20/03/2025"], cash.Select(l => l.Entry.Date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)));

        // The other kept books serve the next book asked, once each.
        var expense = await source.BookEntriesAsync(["611"], Year, null, CancellationToken.None).ToListAsync();
        Assert.Equal(2, source.BooksReplayed);
        Assert.Equal(ledger.Where(l => l.Book == 2).Select(l => l.Entry), expense.Select(l => l.Entry));
        Assert.All(expense, l => Assert.Equal(0, l.Book));
        await source.BookEntriesAsync(["611"], Year, null, CancellationToken.None).ToListAsync();
        Assert.Equal(2, source.BooksReplayed);
    }

    [Fact]
    public async Task AVoucherPostedAfterTheGeneralLedger_IsInTheCashBook_ReadAgain()
    {
        await using var books = await Books.OpenAsync(DatabaseProvider.Sqlite);
        Assert.True((await books.ImportAsync(Books.Payment("a1", "15/03/2025", 1_000_000))).Succeeded);
        using var source = Source(books);
        await source.BookEntriesAsync(["111", "611"], Year, null, CancellationToken.None).ToListAsync();
        Assert.True((await books.ImportAsync(Books.Payment("a2", "16/03/2025", 2_000_000), "more.csv")).Succeeded);
        var cash = await source.BookEntriesAsync(["111"], Year, null, CancellationToken.None).ToListAsync();
        Assert.Equal(0, source.BooksReplayed);
        Assert.Equal([1_000_000L, 2_000_000L], cash.Select(l => l.Entry.Credit));

        // Another unit or another period is read, not replayed.
        await source.BookEntriesAsync(["111", "611"], Year, null, CancellationToken.None).ToListAsync();
        var unit = await source.BookEntriesAsync(["111"], Year, "BTC", CancellationToken.None).ToListAsync();
        Assert.Equal(0, source.BooksReplayed);
        Assert.Empty(unit);
    }

    private static ReportSource Source(Books books) => new(books.Db.Target, books.Queries, new LedgerReportQueries(books.Db.Target));
}
