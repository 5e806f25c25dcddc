using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Posting;

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
        .Where(l => l.AccountCode.StartsWith('0') && l.FundSource is not null && l.BudgetItem is not null && l.Sector is not null)
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
