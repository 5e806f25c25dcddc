using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;

namespace PartyFinance.Application.Tests.Budgeting;

/// <summary>Authority double: up to 50 million đ the UnitHead decides, above it the OfficeChief. Records every question.</summary>
internal sealed class FakeAuthority : ISpendingAuthority
{
    public List<AuthorityQuestion> Questions { get; } = [];

    public Dictionary<string, string> Roles { get; } = new() { ["thutruong"] = "UnitHead", ["chanhvp"] = "OfficeChief" };

    public Task<Result<string>> RequiredDeciderAsync(AuthorityQuestion question, CancellationToken ct)
    {
        lock (Questions)
        {
            Questions.Add(question);
        }

        return Task.FromResult(Result.Success(question.Amount <= 50_000_000 ? "UnitHead" : "OfficeChief"));
    }

    public Task<bool> MayActForAsync(string user, string decider, string unit, DateOnly date, CancellationToken ct) =>
        Task.FromResult(Roles.TryGetValue(user, out var role) && role == decider);
}

/// <summary>Ledger double: applies VoucherRules with the fake chart and numbers accepted vouchers per type.</summary>
internal sealed class FakePoster : IVoucherPoster
{
    public List<VoucherDraft> Posted { get; } = [];

    /// <summary>The vouchers of spending (payments, settlements), without the 008 estimate vouchers (DTG) of the allocations.</summary>
    public IEnumerable<VoucherDraft> Spending => Posted.Where(p => p.TypeCode != "DTG");

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
        return Task.FromResult(Result.Success($"{draft.TypeCode}-{draft.Date.Year}-{n:0000}"));
    }
}

/// <summary>A clock that stays where the test puts it.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
