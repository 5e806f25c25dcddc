using PartyFinance.Application.Authority;
using PartyFinance.Application.Common;
using PartyFinance.Application.Ledger;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Authority;
using PartyFinance.Infrastructure.Ledger;
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


    private Books(TestDatabase db) => Db = db;

    public TestDatabase Db { get; }

    public LedgerStore Store => new(Db.Target, new FixedClock());

    public LedgerQueries Queries => new(Db.Target);

    public AccessGuard Access => TestAccess.Guard(Db.Target, new FixedClock());

    public static async Task<Books> OpenAsync(DatabaseProvider provider)
    {
        var books = new Books(await TestDatabase.CreateAsync(provider));
        await TestAccess.RegisterAsync(books.Db.Target, new FixedClock(),
            ("ketoan", Role.Accountant, RoleScope.Province), ("ketoantruong", Role.ChiefAccountant, RoleScope.Province));
        var r = await new ImportUnits(books.Store, books.Access, new FixedClock()).RunAsync(books.File("units.csv", Units), "admin", CancellationToken.None);
        Assert.True(r.Succeeded, string.Join("; ", r.Errors.Select(e => e.Describe())));
        return books;
    }

    public ImportFile File(string name, string content) => ImportFile.FromText(content.Replace("\r\n", "\n", StringComparison.Ordinal), name);

    public Task<ImportReport> ImportAsync(string csvBody, string name = "vouchers.csv") =>
        new ImportVouchers(new PostVouchers(Store, new FixedClock(), TestReference.Estimates), Access, new FixedClock()).RunAsync(File(name, Header + csvBody), "ketoan", CancellationToken.None);

    public static string Payment(string key, string date, long amount, string unit = "VPTU") =>
        $"{key},{date},{unit},PC,Chi mua văn phòng phẩm,61112,{amount},,NSNN,6551,340-351\n" +
        $"{key},{date},{unit},PC,,1111,,{amount},,,\n" +
        $"{key},{date},{unit},PC,,3371,{amount},,,,\n" +
        $"{key},{date},{unit},PC,,5111,,{amount},NSNN,,340-351\n";

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
    }
}
