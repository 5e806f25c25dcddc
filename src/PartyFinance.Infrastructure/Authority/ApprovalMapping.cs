using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Organisation;
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
            DocumentKind = r.DocumentKind.ToSlug(),
            DocumentReference = r.DocumentReference,
            ProposingUnit = r.ProposingUnit,
            Maker = r.Maker,
            Action = q.Action.ToSlug(),
            AssetClass = q.AssetClass.ToSlug(),
            UnitKind = q.UnitKind is { } k ? k.ToSlug() : null,
            Funding = q.Funding.ToSlug(),
            Basis = q.Basis.ToSlug(),
            SpendingKind = q.SpendingKind.ToSlug(),
            Value = q.Value,
            QuestionDate = q.Date,
            Decider = d.Decider.ToSlug(),
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
        Kind = StoredSlug.Of(e.Kind),
        At = e.At.ToUniversalTime(),
        Actor = e.Actor,
        Step = e.Step,
        Decider = e.Decider?.ToSlug(),
        DecisionNo = e.DecisionNo,
        DecisionDate = e.DecisionDate,
        RuleApplied = e.RuleApplied,
        Reason = e.Reason,
    };

    public static ApprovalRequest ToDomain(ApprovalRequestRecord r, IEnumerable<ApprovalEventRecord> events)
    {
        var question = new AuthorityQuestion(
            StoredSlug.Parse<AuthorityAction>(r.Action, AuthorityActions.TryParse, "action"),
            StoredSlug.Parse<AssetClass>(r.AssetClass, AssetClasses.TryParse, "asset_class"),
            r.UnitKind is null ? null : StoredSlug.Parse<UnitKind>(r.UnitKind, UnitKinds.TryParse, "unit_kind"),
            StoredSlug.Parse<Funding>(r.Funding, Fundings.TryParse, "funding"),
            StoredSlug.Parse<ValueBasis>(r.Basis, ValueBases.TryParse, "basis"),
            StoredSlug.Parse<SpendingKind>(r.SpendingKind, SpendingKinds.TryParse, "spending_kind"),
            r.Value,
            r.QuestionDate);
        var decision = new AuthorityDecision(
            StoredSlug.Parse<Decider>(r.Decider, Deciders.TryParse, "decider"), r.RuleSet, r.DecisionNo, r.Citation, r.RequiresOpinion, r.RuleRow);
        return ApprovalRequest.Restore(
            r.Id, StoredSlug.Parse<DocumentKind>(r.DocumentKind, DocumentKinds.TryParse, "document_kind"), r.DocumentReference, r.ProposingUnit, r.Maker,
            question, decision, events.Select(ToDomain));
    }

    private static ApprovalEvent ToDomain(ApprovalEventRecord e) => new(
        e.Sequence,
        StoredSlug.Parse<ApprovalEventKind>(e.Kind, StoredSlug.TryParseEventKind, "kind"),
        e.At,
        e.Actor,
        e.Step,
        e.Decider is null ? null : StoredSlug.Parse<Decider>(e.Decider, Deciders.TryParse, "decider"),
        e.DecisionNo,
        e.DecisionDate,
        e.RuleApplied,
        e.Reason);
}
