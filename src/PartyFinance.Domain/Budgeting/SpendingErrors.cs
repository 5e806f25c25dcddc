using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Budgeting;

/// <summary>Refusals of the spending workflow. A transition that does not apply is refused, never ignored.</summary>
public static class SpendingErrors
{
    public const string InvalidTransition = "spending.invalid-transition";
    public const string ReasonRequired = "spending.reason-required";
    public const string AmountNotPositive = "spending.amount-not-positive";
    public const string PurposeMissing = "spending.purpose-missing";
    public const string ActorMissing = "spending.actor-missing";
    public const string AdvancePayeeMissing = "spending.advance-payee-missing";
    public const string SettlementExceedsAdvance = "spending.settlement-exceeds-advance";
    public const string NotAnAdvance = "spending.not-an-advance";
    public const string RequestNotFound = "spending.request-not-found";
    public const string PlanNotFound = "spending.plan-not-found";
    public const string PlanNotApproved = "spending.plan-not-approved";
    public const string BadSchedule = "spending.bad-schedule";
    public const string BadMonth = "spending.bad-month";
    public const string ApproverNotAuthorised = "spending.approver-not-authorised";
    public const string ConcurrentChange = "spending.concurrent-change";
    public const string AssetDetailsMissing = "spending.asset-details-missing";
    public const string NotAPurchaseItem = "spending.not-a-purchase-item";
    public const string AssetByAdvance = "spending.asset-by-advance";
    public const string MakerCannotApprove = "spending.maker-cannot-approve";
    public const string ThroughTooFar = "spending.through-too-far";
    public const string AmountTooLarge = "spending.amount-too-large";
    public const string YearOutOfRange = "spending.year-out-of-range";

    public static DomainError Error(string code, string message, string? field = null) => new(code, message, field);

    public static DomainError Transition(string action, SpendingStatus from) => Error(InvalidTransition,
        $"Không thể {SpendingActions.Name(action)} đề nghị chi đang ở trạng thái {from.VietnameseName()}.", "status");
}
