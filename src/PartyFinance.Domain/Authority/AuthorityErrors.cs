namespace PartyFinance.Domain.Authority;

/// <summary>Stable codes of every refusal the authority engine can give. Tests assert these.</summary>
public static class AuthorityErrors
{
    public const string RuleOverlap = "authority.rule-overlap";
    public const string RuleGap = "authority.rule-gap";
    public const string RuleEmptyBand = "authority.rule-empty-band";
    public const string RuleInvalid = "authority.rule-invalid";
    public const string RuleSetInvalid = "authority.rule-set-invalid";
    public const string RuleSetEmpty = "authority.rule-set-empty";
    public const string RuleSetHeaderMismatch = "authority.rule-set-header-mismatch";
    public const string RuleSetPeriodOverlap = "authority.rule-set-period-overlap";
    public const string NoRuleSet = "authority.no-rule-set";
    public const string RuleSetsInForceTwice = "authority.rule-sets-in-force-twice";
    public const string NoRule = "authority.no-rule";
    public const string BadQuestion = "authority.bad-question";
    public const string MakerCannotApprove = "authority.maker-cannot-approve";
    public const string ApproverOutOfScope = "authority.approver-out-of-scope";
    public const string ApproverAlreadySigned = "authority.approver-already-signed";
    public const string RequestFinal = "authority.request-final";
    public const string StepOutOfOrder = "authority.step-out-of-order";
    public const string ApprovalNeedsDecisionNo = "authority.approval-needs-decision-no";
    public const string RejectNeedsReason = "authority.reject-needs-reason";
    public const string BadRequest = "authority.bad-request";
    public const string BadUser = "authority.bad-user";
    public const string BadGrant = "authority.bad-grant";
    public const string UnknownUser = "authority.unknown-user";
    public const string UnknownRequest = "authority.unknown-request";
    public const string UnknownRuleSet = "authority.unknown-rule-set";
    public const string BadRuleSetEnd = "authority.bad-rule-set-end";
    public const string ConcurrentChange = "authority.concurrent-change";
    public const string SignWithSpendCommand = "authority.sign-with-spend-command";
}
