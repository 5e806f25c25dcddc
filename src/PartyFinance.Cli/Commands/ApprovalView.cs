using System.Globalization;
using PartyFinance.Cli.Language;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using static PartyFinance.Cli.Commands.AuthorityOptionValues;

namespace PartyFinance.Cli.Commands;

/// <summary>How an approval request is printed: JSON (snake_case) or Vietnamese text with its append-only history.</summary>
internal static class ApprovalView
{
    public static object Json(ApprovalRequest r, long number) => new
    {
        number,
        id = r.Id.ToString("D", CultureInfo.InvariantCulture),
        status = StatusSlug(r.Status),
        document_kind = r.DocumentKind.ToSlug(),
        document = r.DocumentReference,
        unit = r.ProposingUnit,
        maker = r.Maker,
        action = r.Question.Action.ToSlug(),
        asset_class = r.Question.AssetClass.ToSlug(),
        basis = r.Question.Basis.ToSlug(),
        funding = r.Question.Funding.ToSlug(),
        spending_kind = r.Question.SpendingKind.ToSlug(),
        value = r.Value,
        date = r.Question.Date,
        decider = r.Decision.Decider.ToSlug(),
        rule_set = r.Decision.RuleSetName,
        decision_no = r.Decision.DecisionNo,
        citation = r.Decision.Citation,
        requires_opinion = r.Decision.RequiresOpinion,
        rule_applied = r.Decision.RuleApplied,
        next_step = r.NextStep?.Number,
        steps = r.Steps.Select(s => new { step = s.Number, decider = s.Decider.ToSlug(), final = s.IsFinal, signed_by = Signature(r, s)?.Actor }),
        history = r.Events.Select(e => new
        {
            sequence = e.Sequence,
            kind = Kind(e.Kind),
            at = e.At,
            actor = e.Actor,
            step = e.Step,
            decider = e.Decider?.ToSlug(),
            decision_no = e.DecisionNo,
            decision_date = e.DecisionDate,
            reason = e.Reason,
            rule_applied = e.RuleApplied,
        }),
    };

    public static IEnumerable<string> Text(ApprovalRequest r, long number, TimeProvider clock)
    {
        yield return $"Hồ sơ duyệt {Id(number)}: {r.DocumentKind.Name()} {r.DocumentReference} của đơn vị {r.ProposingUnit}, giá trị {VietnameseFormat.Amount(r.Value)}, người lập {r.Maker} — {StatusText(r.Status)}.";
        yield return $"Thẩm quyền quyết định: {r.Decision.Decider.VietnameseName()} theo {r.Decision.RuleApplied}."
            + (r.Decision.RequiresOpinion is { } o ? $" Cần có ý kiến của {o}." : string.Empty);
        yield return "Chuỗi duyệt: " + Chain(r);
        yield return "Lịch sử:";
        foreach (var e in r.Events)
        {
            var at = TimeZoneInfo.ConvertTime(e.At, clock.LocalTimeZone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
            var step = e.Step is { } n ? $" bước {n.ToString(CultureInfo.InvariantCulture)}" : string.Empty;
            var decision = e.DecisionNo is { } no ? $", quyết định {no}{(e.DecisionDate is { } d ? " ngày " + VietnameseFormat.Date(d) : string.Empty)}" : string.Empty;
            var reason = e.Reason is { } why ? $", lý do: {why}" : string.Empty;
            yield return $"  {e.Sequence.ToString(CultureInfo.InvariantCulture)}. {at} {KindText(e.Kind)}{step} — {e.Actor}{decision}{reason}";
        }
    }

    public static string Chain(ApprovalRequest r) => string.Join(" → ", r.Steps.Select(s =>
        $"{s.Number.ToString(CultureInfo.InvariantCulture)}. {s.Decider.VietnameseName()}{(s.IsFinal ? " (quyết định)" : string.Empty)}"
        + (Signature(r, s) is { } e ? $" [đã duyệt: {e.Actor}]" : string.Empty)));

    /// <summary>How a request is named to a person: its short number (the Guid stays in JSON as `id`).</summary>
    public static string Id(long number) => "số " + number.ToString(CultureInfo.InvariantCulture);

    public static ApprovalEvent? Signature(ApprovalRequest r, ApprovalStep s) =>
        r.Events.FirstOrDefault(e => e.Kind == ApprovalEventKind.Approved && e.Step == s.Number);

    private static string KindText(ApprovalEventKind kind) => kind.VietnameseName();

    private static string Kind(ApprovalEventKind kind) => kind.ToSlug();
}
