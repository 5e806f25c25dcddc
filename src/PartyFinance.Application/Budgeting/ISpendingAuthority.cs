using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// Seam to the delegated-authority engine. <see cref="RequiredDeciderAsync"/> answers who must decide
/// (a body or office such as "UnitHead", never a person) — or refuses when no rule covers the
/// question; <see cref="MayActForAsync"/> says whether a user may act for that decider.
/// </summary>
public interface ISpendingAuthority
{
    Task<Result<string>> RequiredDeciderAsync(AuthorityQuestion question, CancellationToken ct);

    Task<bool> MayActForAsync(string user, string decider, string unit, DateOnly date, CancellationToken ct);
}
