using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// Spending asks the same catalogue as `authority decide`: the stored rule sets, action spend,
/// asset class any, basis per-package, funding any, the unit's kind, and the spending kind (a
/// request is one-off on its amount; a plan is recurring on its yearly total). Approvers are the
/// users stored with `user add`.
/// </summary>
public sealed class SpendingAuthority(IAuthorityStore store, Func<string, CancellationToken, Task<UnitKind?>> unitKind)
{
    public IAuthorityStore Store => store;

    public async Task<AuthorityQuestion> QuestionAsync(string unit, long value, SpendingKind kind, DateOnly date, CancellationToken ct) =>
        new(AuthorityAction.Spend, AssetClass.Any, await unitKind(unit, ct), Funding.Any, ValueBasis.PerPackage, kind, value, date);

    public async Task<Result<AuthorityDecision>> DecideAsync(AuthorityQuestion question, CancellationToken ct) =>
        AuthorityEngine.Decide(await store.LoadRuleSetsAsync(ct), question);

    /// <summary>Opens the approval chain (unit head → … → the decider) for a spending document (a request or a recurring plan).</summary>
    public async Task<Result<ApprovalRequest>> OpenAsync(DocumentKind document, string reference, string unit, string maker, long value, SpendingKind kind,
        DateOnly date, DateTimeOffset at, CancellationToken ct) =>
        ApprovalRequest.Submit(Guid.NewGuid(), document, reference, unit, maker,
            await QuestionAsync(unit, value, kind, date, ct), await store.LoadRuleSetsAsync(ct), at);

    public async Task<Result<User>> UserAsync(string login, CancellationToken ct) =>
        await store.FindUserAsync(login.Trim(), ct) is { } user
            ? Result.Success(user)
            : new DomainError(AuthorityErrors.UnknownUser, $"Không có người dùng '{login}' (thêm bằng: partyfinance user add).", "by");

    /// <summary>"Chánh Văn phòng Tỉnh ủy theo 'Quy chế …' (số …), Điều 6 khoản 2 …" — kept in the request's history, read by a person.</summary>
    public static string Describe(AuthorityDecision d) =>
        $"{d.Decider.VietnameseName()} theo bộ quy tắc '{d.RuleSetName}' ({d.DecisionNo}), {d.Citation}";

    /// <summary>The reference of a recurring plan's approval request: "PLAN-&lt;id&gt;".</summary>
    public static string PlanReference(long planId) =>
        ApprovalLookup.PlanReferencePrefix + planId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The reference of a spending request's approval request.</summary>
    public static string Reference(long requestId) =>
        ApprovalLookup.SpendingReferencePrefix + requestId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
