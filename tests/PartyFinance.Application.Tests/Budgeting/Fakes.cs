using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Tests.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Organisation;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Tests.Budgeting;

/// <summary>
/// The spending authority over an in-memory catalogue: up to 50.000.000 đ (one-off or a yearly
/// total) the unit head decides, above it the office chief. Users: admin, ketoan (chief accountant
/// for the province, the maker), thutruong (unit head of VPTU), chanhvp (office chief).
/// </summary>
internal static class TestAuthority
{
    public static (SpendingAuthority Authority, InMemoryAuthorityStore Store) Create(TimeProvider clock)
    {
        var store = new InMemoryAuthorityStore();
        var rules = new[] { SpendingKind.OneOff, SpendingKind.Recurring }.SelectMany((kind, i) => new[]
        {
            Rule(2 + (i * 2), kind, 0, 50_000_001, Decider.UnitHead),
            Rule(3 + (i * 2), kind, 50_000_001, null, Decider.OfficeChief),
        });
        var set = RuleSet.Create("Quy chế thử", "Văn phòng", "1/QĐ", new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 1), null, rules).Value;
        store.SaveRuleSetsAsync([set], default).Wait();

        // The people, registered through the real path (`db init --admin admin`, then `user add`).
        Access.RegisterAsync(store, clock,
            ("ketoan", Role.ChiefAccountant, RoleScope.Province),
            ("thutruong", Role.UnitHead, RoleScope.Unit("VPTU")),
            ("chanhvp", Role.OfficeChief, RoleScope.Province)).GetAwaiter().GetResult();
        return (new SpendingAuthority(store, (_, _) => Task.FromResult<UnitKind?>(UnitKind.ProvincialOffice)), store);
    }

    private static AuthorityRule Rule(int row, SpendingKind kind, long min, long? max, Decider decider) => new()
    {
        Row = row,
        Action = AuthorityAction.Spend,
        Basis = ValueBasis.PerPackage,
        SpendingKind = kind,
        MinValue = min,
        MaxValue = max,
        Decider = decider,
        Citation = "Điều thử",
    };
}

/// <summary>
/// Ledger double: applies VoucherRules with the fake chart, numbers accepted vouchers per type and
/// reverses them line by line. <see cref="Books"/> is what the estimate accounts hold, as the real
/// store keeps them in estimate_balances.
/// </summary>
internal sealed class FakePoster : IVoucherPoster
{
    private readonly Dictionary<string, VoucherDraft> _byNumber = new(StringComparer.Ordinal);

    public List<VoucherDraft> Posted { get; } = [];

    /// <summary>What was posted besides the estimate vouchers (DTG): payments, advances, settlements.</summary>
    public IEnumerable<VoucherDraft> Payments => Posted.Where(p => p.TypeCode != "DTG");

    public IEnumerable<EstimateBalance> Books => Posted.SelectMany(v => v.Lines
        .Where(l => l.FundSource is not null && l.BudgetItem is not null && l.Sector is not null)
        .Select(l => new EstimateBalance(v.UnitCode, v.Date.Year, v.Date.Month, l.AccountCode, l.FundSource!, l.BudgetItem!, l.Sector!, v.TypeCode, l.Debit, l.Credit)));

    public Task<Result<string>> ReverseAsync(string number, DateOnly date, string reason, string postedBy, CancellationToken ct)
    {
        if (!_byNumber.TryGetValue(number, out var original) || Posted.Any(p => p.Key == "reversal:" + number))
        {
            return Task.FromResult(Result.Failure<string>(new DomainError(LedgerErrors.VoucherNotFound, $"Không đảo được chứng từ {number}.", "number")));
        }

        var mirror = original with
        {
            Key = "reversal:" + number,
            Date = date,
            Lines = original.Lines.Select(l => l with { Debit = l.Credit, Credit = l.Debit }).ToList(),
        };
        return PostAsync(mirror, postedBy, ct);
    }

    public bool Refuse { get; set; }

    public Task<Result<string>> PostAsync(VoucherDraft draft, string postedBy, CancellationToken ct)
    {
        var errors = VoucherRules.Check(draft, new FakeLedgerCatalog());
        if (Refuse)
        {
            errors.Add(new DomainError(LedgerErrors.PeriodLocked, "Kỳ kế toán đã khóa sổ."));
        }

        if (errors.Count > 0)
        {
            return Task.FromResult(Result.Failure<string>(errors));
        }

        Posted.Add(draft);
        var n = Posted.Count(p => p.TypeCode == draft.TypeCode);
        var number = $"{draft.TypeCode}-{draft.Date.Year}-{n:0000}";
        _byNumber[number] = draft;
        return Task.FromResult(Result.Success(number));
    }
}

/// <summary>A clock that stays where the test puts it.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
