using PartyFinance.Application.Ledger;
using PartyFinance.Application.Organisation;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Ledger;

/// <summary>A fresh set of books on a real database with two units, driven through the use cases.</summary>
public sealed class Books : IAsyncDisposable
{
    public const string Units = """
        code,name,kind,parent,chapter,valid_from,valid_to,successor
        VPTU,Văn phòng Tỉnh ủy,provincial-office,,509,2018-01-01,,
        BTC,Ban Tổ chức Tỉnh ủy,party-agency,VPTU,509,2018-01-01,,
        """;

    public const string Header = "key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("pf-books-").FullName;

    private Books(TestDatabase db) => Db = db;

    public TestDatabase Db { get; }

    public LedgerStore Store => new(Db.Target);

    public LedgerQueries Queries => new(Db.Target);

    public static async Task<Books> OpenAsync(DatabaseProvider provider)
    {
        var books = new Books(await TestDatabase.CreateAsync(provider));
        var r = await new ImportUnits(books.Store, TimeProvider.System).RunAsync(books.File("units.csv", Units), "test", CancellationToken.None);
        Assert.True(r.Succeeded, string.Join("; ", r.Errors.Select(e => e.Describe())));
        return books;
    }

    public string File(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, content.Replace("\r\n", "\n", StringComparison.Ordinal));
        return path;
    }

    public Task<ImportReport> ImportAsync(string csvBody, string name = "vouchers.csv") =>
        new ImportVouchers(new PostVouchers(Store, TimeProvider.System, TestReference.Estimates), TimeProvider.System).RunAsync(File(name, Header + csvBody), "ketoan", CancellationToken.None);

    public static string Payment(string key, string date, long amount, string unit = "VPTU") =>
        $"{key},{date},{unit},PC,Chi mua văn phòng phẩm,61112,{amount},,NSNN,6551,340-351\n" +
        $"{key},{date},{unit},PC,,1111,,{amount},,,\n" +
        $"{key},{date},{unit},PC,,3371,{amount},,,,\n" +
        $"{key},{date},{unit},PC,,5111,,{amount},NSNN,,340-351\n";

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
