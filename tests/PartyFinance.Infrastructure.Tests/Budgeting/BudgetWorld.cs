using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Common;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Infrastructure.Budgeting;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Budgeting;

/// <summary>A fresh database (db init: the shipped rule sets, the sample spending regulation included), one stored approver per decider and helpers to allocate and request.</summary>
internal sealed class BudgetWorld : IAsyncDisposable
{
    public const string Unit = "VPTU";
    public const string UnitHead = "thutruong";
    public static readonly DateOnly Today = new(2026, 3, 15);

    private BudgetWorld(TestDatabase db, SpendingAuthority authority, BudgetReference reference)
    {
        Db = db;
        Authority = authority;
        Reference = reference;
    }

    public TestDatabase Db { get; }

    public SpendingAuthority Authority { get; }

    public BudgetReference Reference { get; }

    public TimeProvider Clock { get; } = new FixedClock();

    public static BudgetLineKey Line(string item = "6501") => new(Unit, 2026, "NSNN", Autonomy.Autonomous, "340-351", item);

    public static async Task<BudgetWorld> CreateAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        var authority = StoredSpendingAuthority.For(db.Target);
        var reference = BudgetReferenceFiles.LoadDirectory(RepoPaths.Db("budget")).Value;
        // Estimates post to the 008 accounts of the unit, so the unit exists from the start.
        // Users come the product's way: the administrator imports the unit, then adds its people.
        var world = new BudgetWorld(db, authority, reference);
        await TestAccess.RegisterAsync(db.Target, world.Clock);
        await world.ImportUnitAsync();
        await TestAccess.RegisterAsync(db.Target, world.Clock,
            (UnitHead, Role.UnitHead, RoleScope.Unit(Unit)), ("chanhvp", Role.OfficeChief, RoleScope.Province), ("ketoan", Role.ChiefAccountant, RoleScope.Province), ("ketoantruong", Role.ChiefAccountant, RoleScope.Province));
        return world;
    }

    public BudgetStore Store() => new(Db.Target, TestReference.Estimates);

    public AccessGuard Access => TestAccess.Guard(Db.Target, Clock);

    public async Task ImportUnitAsync()
    {
        var file = ImportFile.FromText("code,name,kind,parent,chapter,valid_from,valid_to,successor\nVPTU,Văn phòng Tỉnh ủy,provincial-office,,509,2018-01-01,,\n", "units.csv");
        var report = await new ImportUnits(new LedgerStore(Db.Target, Clock), Access, Clock).RunAsync(file, "admin", CancellationToken.None);
        Assert.True(report.Succeeded, string.Join("; ", report.Errors.Select(e => e.Describe())));
    }

    public async Task AllocateAsync(long amount, string item = "6501")
    {
        var csv = $"unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date\n{Unit},2026,NSNN,autonomous,340-351,{item},{amount},12-QĐ/VPTU,2026-01-05\n";
        var store = Store();
        var result = await new ImportEstimates(store, TestReference.Budget, new LedgerVoucherPoster(store, Clock), Access, "ketoan").RunAsync(new StringReader(csv), CancellationToken.None);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Describe())));
    }

    /// <summary>Creates and submits a one-off request; returns its id.</summary>
    public async Task<long> SubmittedRequestAsync(long amount, string item = "6501")
    {
        var created = await new CreateSpendingRequest(Store(), Access, Clock).RunAsync(new NewSpendingRequest(Line(item), amount, "Mua văn phòng phẩm", "ketoan"), CancellationToken.None);
        var submitted = await new SubmitRequest(Store(), Authority, Access, Clock).RunAsync(created.Value.Request.Id, "ketoan", CancellationToken.None);
        Assert.True(submitted.IsSuccess);
        return created.Value.Request.Id;
    }

    public async Task<Domain.Common.Result<SpendingRequest>> ApproveAsync(long id, string by = UnitHead)
    {
        var r = await new ApproveRequest(Store(), Authority, Access, Clock).RunAsync(id, by, Today, "QĐ-01", null, CancellationToken.None);
        return r.IsFailure ? Domain.Common.Result.Failure<SpendingRequest>(r.Errors) : Domain.Common.Result.Success(r.Value.Request);
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
