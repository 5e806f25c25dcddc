using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Tests.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Application.Tests.Budgeting;

/// <summary>The use cases wired to in-memory doubles and to the real db/budget reference files.</summary>
internal sealed class World
{
    public const string Estimates = """
        unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date
        VPTU,2026,NSNN,autonomous,340-351,6501,10000000,12-QĐ/TU,2026-01-05
        VPTU,2026,NSNN,non-autonomous,340-351,6551,5000000,12-QĐ/TU,2026-01-05
        """;

    private static readonly Lazy<BudgetReference> LoadedReference = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "PartyFinance.sln")))
        {
            dir = dir.Parent;
        }

        return BudgetReferenceFiles.LoadDirectory(Path.Combine(dir.FullName, "db", "budget")).Value;
    });

    public World()
    {
        Store = new InMemoryBudgetStore(Poster, new Domain.Posting.EstimateAttribution(Reference.Posting, Reference.Calendar));
        (Authority, Users) = TestAuthority.Create(Time);
    }

    public SpendingAuthority Authority { get; }

    /// <summary>The people of these tests (see <see cref="TestAuthority"/>), registered through the real path.</summary>
    public InMemoryAuthorityStore Users { get; }

    public FakePoster Poster { get; } = new();

    public InMemoryBudgetStore Store { get; }

    public FixedTime Time { get; } = new(new DateTimeOffset(2026, 3, 1, 1, 0, 0, TimeSpan.Zero));

    public AccessGuard Access => Tests.Authority.Access.Guard(Users, Time);

    public static BudgetReference Reference => LoadedReference.Value;

    public static BudgetLineKey Autonomous => new("VPTU", 2026, "NSNN", Autonomy.Autonomous, "340-351", "6501");

    public static BudgetLineKey NonAutonomous => new("VPTU", 2026, "NSNN", Autonomy.NonAutonomous, "340-351", "6551");

    public static DateOnly Today => new(2026, 3, 1);

    public async Task<World> WithEstimatesAsync(string csv = Estimates)
    {
        var r = await new ImportEstimates(Store, Reference, Poster, Access, "ketoan").RunAsync(new StringReader(csv), default);
        Assert.True(r.IsSuccess, r.IsFailure ? r.FirstError.Describe() : null);
        return this;
    }

    public async Task<long> SubmittedAsync(long amount, BudgetLineKey? key = null, SpendingNature nature = SpendingNature.Payment, DateOnly? contract = null)
    {
        var created = await new CreateSpendingRequest(Store, Access, Time)
            .RunAsync(new NewSpendingRequest(key ?? Autonomous, amount, "Mua văn phòng phẩm", "ketoan", "Cty Hồng Hà", nature, contract), default);
        Assert.True((await new SubmitRequest(Store, Authority, Access, Time).RunAsync(created.Value.Request.Id, "ketoan", default)).IsSuccess);
        return created.Value.Request.Id;
    }

    public async Task<long> ApprovedAsync(long amount, BudgetLineKey? key = null, SpendingNature nature = SpendingNature.Payment, DateOnly? contract = null)
    {
        var id = await SubmittedAsync(amount, key, nature, contract);
        var r = await Approve.RunAsync(id, amount > 50_000_000 ? "chanhvp" : "thutruong", Today, "1/QĐ", null, default);
        Assert.True(r.IsSuccess, r.IsFailure ? r.FirstError.Describe() : null);
        return id;
    }

    /// <summary>Posts one event of db/posting for a line (a voucher the accountant enters directly), e.g. withdraw-cash or treasury-advance-settle.</summary>
    public async Task<string> PostEventAsync(string @event, long amount, BudgetLineKey? key = null, DateOnly? date = null)
    {
        var d = date ?? Today;
        var built = Reference.Posting.Build(@event, Domain.Posting.PostingContext.For(key ?? Autonomous, d, Domain.Posting.PostingContext.Amount(amount))).Value;
        var posted = await Poster.PostAsync(new Domain.Ledger.VoucherDraft($"{@event}-{Poster.Posted.Count}", d, (key ?? Autonomous).Unit, built.VoucherType, @event, built.Lines),
            "ketoan", default);
        Assert.True(posted.IsSuccess, posted.IsFailure ? posted.FirstError.Describe() : null);
        return posted.Value;
    }

    /// <summary>Gives <paramref name="login"/> one more grant through `user add` (by admin), e.g. a unit head who also keeps the books.</summary>
    public async Task<World> GrantAsync(string login, Role role, RoleScope scope)
    {
        var added = await Tests.Authority.Access.AddUser(Users, Time)
            .ExecuteAsync(new AddUserRequest(login, "Người dùng " + login, role, scope, new DateOnly(2024, 1, 1), null), "admin", default);
        Assert.True(added.IsSuccess, added.IsFailure ? added.FirstError.Describe() : null);
        return this;
    }

    public ApproveRequest Approve => new(Store, Authority, Access, Time);

    public PayRequest Pay => new(Store, Poster, Reference, Access, Time);

    public async Task<BudgetLine> LineAsync(BudgetLineKey key) => (await Store.FindLineAsync(key, default))!;
}
