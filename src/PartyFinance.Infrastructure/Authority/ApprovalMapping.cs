using PartyFinance.Domain.Authority;
using PartyFinance.Infrastructure.Authority.Records;

namespace PartyFinance.Infrastructure.Authority;

/// <summary>Domain ⇄ record conversion for approval requests and their events.</summary>
internal static class ApprovalMapping
{
    public static ApprovalRequestRecord ToRecord(ApprovalRequest r)
    {
        var q = r.Question;
        var d = r.Decision;
        return new ApprovalRequestRecord
        {
            Id = r.Id,
            DocumentKind = r.DocumentKind,
            DocumentReference = r.DocumentReference,
            ProposingUnit = r.ProposingUnit,
            Maker = r.Maker,
            Action = q.Action,
            AssetClass = q.AssetClass,
            UnitKind = q.UnitKind,
            Funding = q.Funding,
            Basis = q.Basis,
            SpendingKind = q.SpendingKind,
            Value = q.Value,
            QuestionDate = q.Date,
            Decider = d.Decider,
            RuleSet = d.RuleSetName,
            DecisionNo = d.DecisionNo,
            Citation = d.Citation,
            RequiresOpinion = d.RequiresOpinion,
            RuleRow = d.RuleRow,
        };
    }

    /// <summary>PostgreSQL timestamptz takes only UTC offsets, so every instant is stored in UTC.</summary>
    public static ApprovalEventRecord ToRecord(Guid requestId, ApprovalEvent e) => new()
    {
        RequestId = requestId,
        Sequence = e.Sequence,
        Kind = e.Kind,
        At = e.At.ToUniversalTime(),
        Actor = e.Actor,
        Step = e.Step,
        Decider = e.Decider,
        DecisionNo = e.DecisionNo,
        DecisionDate = e.DecisionDate,
        RuleApplied = e.RuleApplied,
        Reason = e.Reason,
    };

    public static ApprovalRequest ToDomain(ApprovalRequestRecord r, IEnumerable<ApprovalEventRecord> events)
    {
        var question = new AuthorityQuestion(r.Action, r.AssetClass, r.UnitKind, r.Funding, r.Basis, r.SpendingKind, r.Value, r.QuestionDate);
        var decision = new AuthorityDecision(r.Decider, r.RuleSet, r.DecisionNo, r.Citation, r.RequiresOpinion, r.RuleRow);
        return ApprovalRequest.Restore(r.Id, r.DocumentKind, r.DocumentReference, r.ProposingUnit, r.Maker, question, decision, events.Select(ToDomain));
    }

    private static ApprovalEvent ToDomain(ApprovalEventRecord e) => new(
        e.Sequence,
        e.Kind,
        e.At,
        e.Actor,
        e.Step,
        e.Decider,
        e.DecisionNo,
        e.DecisionDate,
        e.RuleApplied,
        e.Reason);
}
