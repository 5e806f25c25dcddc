using System.Globalization;
using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Authority;

/// <summary>
/// A document waiting for the signatures the delegation rules require. The required decider is
/// computed by <see cref="AuthorityEngine"/> when submitted; the document is released only when
/// that decider (the last step) approves, never earlier. State is derived from the append-only
/// <see cref="Events"/>; nothing rewrites them.
/// </summary>
public sealed class ApprovalRequest
{
    private readonly List<ApprovalEvent> _events = [];

    private ApprovalRequest(Guid id, DocumentKind documentKind, string documentReference, string proposingUnit, string maker, AuthorityQuestion question, AuthorityDecision decision)
    {
        Id = id;
        DocumentKind = documentKind;
        DocumentReference = documentReference;
        ProposingUnit = proposingUnit;
        Maker = maker;
        Question = question;
        Decision = decision;
        Steps = ApprovalChain.For(decision.Decider);
    }

    public Guid Id { get; }
    public DocumentKind DocumentKind { get; }
    public string DocumentReference { get; }
    public string ProposingUnit { get; }
    public string Maker { get; }
    public AuthorityQuestion Question { get; }
    public long Value => Question.Value;
    public AuthorityDecision Decision { get; }
    public IReadOnlyList<ApprovalStep> Steps { get; }
    public IReadOnlyList<ApprovalEvent> Events => _events.AsReadOnly();

    /// <summary>
    /// How many events the store held when this copy was read (0 for a new request): the version a
    /// save appends after. A store refuses the save when it holds more by then.
    /// </summary>
    public int StoredEvents { get; private set; }

    /// <summary>Called by a store once the events are saved.</summary>
    public void MarkStored() => StoredEvents = _events.Count;

    public ApprovalStatus Status => _events.Any(e => e.Kind == ApprovalEventKind.Released) ? ApprovalStatus.Released
        : _events.Any(e => e.Kind == ApprovalEventKind.Rejected) ? ApprovalStatus.Rejected
        : _events.Any(e => e.Kind == ApprovalEventKind.Withdrawn) ? ApprovalStatus.Withdrawn
        : ApprovalStatus.Pending;

    public bool IsReleased => Status == ApprovalStatus.Released;

    /// <summary>The step waiting for a signature, or null once the request is final.</summary>
    public ApprovalStep? NextStep => Status != ApprovalStatus.Pending ? null
        : Steps.FirstOrDefault(s => !_events.Any(e => e.Kind == ApprovalEventKind.Approved && e.Step == s.Number));

    public static Result<ApprovalRequest> Submit(
        Guid id, DocumentKind documentKind, string documentReference, string proposingUnit, string maker,
        AuthorityQuestion question, IEnumerable<RuleSet> catalogue, DateTimeOffset at)
    {
        var errors = new[] { (documentReference, "document", "Thiếu số hiệu chứng từ, hồ sơ cần duyệt."), (proposingUnit, "unit", "Thiếu mã đơn vị đề xuất."), (maker, "maker", "Thiếu người lập.") }
            .Where(f => string.IsNullOrWhiteSpace(f.Item1)).Select(f => new DomainError(AuthorityErrors.BadRequest, f.Item3, f.Item2)).ToList();
        if (errors.Count > 0)
        {
            return Result.Failure<ApprovalRequest>(errors);
        }

        var decision = AuthorityEngine.Decide(catalogue, question);
        if (decision.IsFailure)
        {
            return Result.Failure<ApprovalRequest>(decision.Errors);
        }

        var request = new ApprovalRequest(id, documentKind, documentReference.Trim(), proposingUnit.Trim(), maker.Trim(), question, decision.Value);
        request.Append(ApprovalEventKind.Submitted, at, request.Maker, null, null, null, null);
        return Result.Success(request);
    }

    /// <summary>Rebuilds a stored request from its header and its history, in sequence order.</summary>
    public static ApprovalRequest Restore(
        Guid id, DocumentKind documentKind, string documentReference, string proposingUnit, string maker,
        AuthorityQuestion question, AuthorityDecision decision, IEnumerable<ApprovalEvent> events)
    {
        var request = new ApprovalRequest(id, documentKind, documentReference, proposingUnit, maker, question, decision);
        request._events.AddRange(events.OrderBy(e => e.Sequence));
        request.StoredEvents = request._events.Count;
        if (request._events.Count == 0 || request._events[0].Kind != ApprovalEventKind.Submitted)
        {
            throw new InvalidOperationException($"Approval request {id} has no Submitted event.");
        }

        return request;
    }

    /// <summary>Signs <paramref name="stepNumber"/>. Scope is checked on the approver's local date of <paramref name="at"/>.</summary>
    public Result Approve(int stepNumber, User approver, string decisionNo, DateOnly decisionDate, DateTimeOffset at)
    {
        // A step already signed (say, by someone a moment earlier) is named as such before who may sign the next one.
        if (NextStep is { } waiting && waiting.Number > stepNumber)
        {
            return Result.Failure(Fail(AuthorityErrors.StepOutOfOrder, $"Bước {N(stepNumber)} đã được duyệt; đang chờ duyệt bước {N(waiting.Number)} ({waiting.Decider.VietnameseName()})."));
        }

        var step = CheckSigner(approver, at);
        if (step.IsFailure)
        {
            return step;
        }

        if (step.Value.Number != stepNumber)
        {
            return Result.Failure(Fail(AuthorityErrors.StepOutOfOrder, $"Đang chờ duyệt bước {N(step.Value.Number)} ({step.Value.Decider.VietnameseName()}), không phải bước {N(stepNumber)}."));
        }

        if (string.IsNullOrWhiteSpace(decisionNo))
        {
            return Result.Failure(Fail(AuthorityErrors.ApprovalNeedsDecisionNo, "Phê duyệt phải ghi số quyết định (văn bản) của người duyệt.", "decision_no"));
        }

        Append(ApprovalEventKind.Approved, at, approver.Login, step.Value, decisionNo.Trim(), decisionDate, null);
        if (step.Value.IsFinal)
        {
            Append(ApprovalEventKind.Released, at, approver.Login, step.Value, decisionNo.Trim(), decisionDate, null);
        }

        return Result.Success();
    }

    /// <summary>Rejects at the current step; needs a reason and ends the request.</summary>
    public Result Reject(User approver, string reason, DateTimeOffset at)
    {
        if (Status == ApprovalStatus.Pending && string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure(Fail(AuthorityErrors.RejectNeedsReason, "Từ chối phải ghi rõ lý do.", "reason"));
        }

        var step = CheckSigner(approver, at);
        if (step.IsFailure)
        {
            return step;
        }

        Append(ApprovalEventKind.Rejected, at, approver.Login, step.Value, null, null, reason.Trim());
        return Result.Success();
    }

    /// <summary>Whether <paramref name="approver"/> may sign the waiting step now: exactly the checks Approve makes.</summary>
    public bool MaySign(User approver, DateTimeOffset at) => CheckSigner(approver, at).IsSuccess;

    /// <summary>The document is withdrawn before a decision (its request was cancelled); ends the request.</summary>
    public Result Withdraw(string by, string? reason, DateTimeOffset at)
    {
        if (Status != ApprovalStatus.Pending)
        {
            return Result.Failure(Fail(AuthorityErrors.RequestFinal, "Hồ sơ duyệt đã kết thúc, không thể rút."));
        }

        if (string.IsNullOrWhiteSpace(by))
        {
            return Result.Failure(Fail(AuthorityErrors.BadRequest, "Thiếu người rút hồ sơ.", "by"));
        }

        Append(ApprovalEventKind.Withdrawn, at, by.Trim(), null, null, null, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        return Result.Success();
    }

    private Result<ApprovalStep> CheckSigner(User approver, DateTimeOffset at)
    {
        if (NextStep is not { } step)
        {
            return Fail(AuthorityErrors.RequestFinal, Status switch
            {
                ApprovalStatus.Released => "Hồ sơ đã được phê duyệt xong, không thể thay đổi.",
                ApprovalStatus.Withdrawn => "Hồ sơ đã được rút, không thể thay đổi.",
                _ => "Hồ sơ đã bị từ chối, không thể thay đổi.",
            });
        }

        if (string.Equals(approver.Login, Maker, StringComparison.OrdinalIgnoreCase))
        {
            return Fail(AuthorityErrors.MakerCannotApprove, $"Người lập ({Maker}) không được tự duyệt hồ sơ của mình.");
        }

        if (_events.Any(e => e.Kind == ApprovalEventKind.Approved && string.Equals(e.Actor, approver.Login, StringComparison.OrdinalIgnoreCase)))
        {
            return Fail(AuthorityErrors.ApproverAlreadySigned, $"{approver.Login} đã duyệt một bước của hồ sơ này; mỗi bước cần một người khác.");
        }

        var (role, scope) = step.Decider.ApproverGrant(ProposingUnit);
        var date = DateOnly.FromDateTime(at.DateTime);
        if (!approver.Holds(role, scope, date))
        {
            return Fail(AuthorityErrors.ApproverOutOfScope, $"{approver.Login} không giữ vai trò {role.VietnameseName()} cho {(scope.IsProvince ? "toàn tỉnh" : "đơn vị " + scope.UnitCode)} vào ngày {VietnameseFormat.Date(date)} nên không được duyệt bước {N(step.Number)} ({step.Decider.VietnameseName()}).");
        }

        return Result.Success(step);
    }

    private void Append(ApprovalEventKind kind, DateTimeOffset at, string actor, ApprovalStep? step, string? decisionNo, DateOnly? decisionDate, string? reason) =>
        _events.Add(new ApprovalEvent(_events.Count + 1, kind, at, actor, step?.Number, step?.Decider, decisionNo, decisionDate, Decision.RuleApplied, reason));

    private static DomainError Fail(string code, string message, string? field = null) => new(code, message, field);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
