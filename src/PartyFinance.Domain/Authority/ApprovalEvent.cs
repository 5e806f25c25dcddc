namespace PartyFinance.Domain.Authority;

/// <summary>
/// One entry of an approval request's append-only history. <see cref="Sequence"/> starts at 1 and
/// has no gaps; a store only ever inserts events with a higher sequence than it holds.
/// DecisionNo/DecisionDate are what the approver typed from the signed decision; RuleApplied
/// names the rule set, row and citation that made this step necessary.
/// </summary>
public sealed record ApprovalEvent(
    int Sequence,
    ApprovalEventKind Kind,
    DateTimeOffset At,
    string Actor,
    int? Step,
    Decider? Decider,
    string? DecisionNo,
    DateOnly? DecisionDate,
    string RuleApplied,
    string? Reason);
