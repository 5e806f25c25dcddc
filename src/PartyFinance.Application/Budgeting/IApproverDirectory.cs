using PartyFinance.Domain.Authority;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// Who holds which approver role, where and when. A stop-gap seam for spending approvals until the
/// users of the authority persistence (`user add`) are merged; then an implementation over the
/// stored users replaces the sample CSV one.
/// </summary>
public interface IApproverDirectory
{
    Task<bool> HoldsAsync(string login, Role role, RoleScope scope, DateOnly date, CancellationToken ct);
}
