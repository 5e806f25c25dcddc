using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// Spending asks the same catalogue as `authority decide`: the stored rule sets, action spend,
/// asset class any, basis per-package, funding any, the unit's kind, and the spending kind (a
/// request is one-off on its amount; a plan is recurring on its yearly total). A request that buys a
/// fixed asset is also asked as a purchase (<see cref="Assets.PurchaseAuthority"/>) and goes to the
/// higher of the two deciders, so an office chief cannot approve the car the standing committee must
/// decide. Approvers are the users stored with `user add`.
/// </summary>
public sealed class SpendingAuthority(IAuthorityStore store, Func<string, CancellationToken, Task<UnitKind?>> unitKind, Assets.PurchaseAuthority? purchases = null)
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

    /// <summary>
    /// Opens a spending request's chain: under the spending rule, or under the purchase rule for the asset it buys when
    /// that names a higher decider (a purchase no rule in force covers leaves the spending rule alone).
    /// </summary>
    public async Task<Result<ApprovalRequest>> OpenAsync(SpendingRequest request, DateOnly date, DateTimeOffset at, CancellationToken ct)
    {
        var rules = await store.LoadRuleSetsAsync(ct);
        var question = await QuestionAsync(request.Key.Unit, request.Amount, SpendingKind.OneOff, date, ct);
        if (purchases is not null && request.Asset is { IsTool: false } asset)
        {
            var bought = await purchases.QuestionAsync(request.Key, asset.ClassCode, request.Amount, question.UnitKind, date, ct);
            if (bought.IsFailure)
            {
                return Result.Failure<ApprovalRequest>(bought.Errors);
            }

            var purchase = AuthorityEngine.Decide(rules, bought.Value);
            if (purchase.IsFailure && purchase.Errors.Any(e => e.Code is not (AuthorityErrors.NoRule or AuthorityErrors.NoRuleSet)))
            {
                return Result.Failure<ApprovalRequest>(purchase.Errors);
            }

            var spend = AuthorityEngine.Decide(rules, question);
            if (purchase.IsSuccess && (spend.IsFailure || purchase.Value.Decider.Rank() > spend.Value.Decider.Rank()))
            {
                question = bought.Value;
            }
        }

        return ApprovalRequest.Submit(Guid.NewGuid(), DocumentKind.SpendingRequest, Reference(request.Id), request.Key.Unit, request.Maker, question, rules, at);
    }

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
