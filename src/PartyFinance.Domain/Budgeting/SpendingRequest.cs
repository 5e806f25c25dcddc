using PartyFinance.Domain.Common;
using static PartyFinance.Domain.Budgeting.SpendingErrors;

namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// A spending request (đề nghị chi) and its workflow. Every transition names the statuses it leaves
/// from and is refused with <see cref="SpendingErrors.InvalidTransition"/> otherwise. The budget is
/// checked on the line passed in (the caller holds its lock): committed at approval, re-checked and
/// posted at payment, released on cancel. History is append-only.
/// </summary>
public sealed partial class SpendingRequest
{
    private readonly List<SpendingEvent> _history = [];

    private SpendingRequest(long id, BudgetLineKey key, long amount, string purpose, string? payee, SpendingNature nature)
    {
        Id = id;
        Key = key;
        Amount = amount;
        Purpose = purpose;
        Payee = payee;
        Nature = nature;
    }

    public long Id { get; }

    public BudgetLineKey Key { get; private set; }

    public long Amount { get; }

    public string Purpose { get; }

    public string? Payee { get; }

    public SpendingNature Nature { get; }

    /// <summary>Signing date of the purchase contract, when there is one (carry-forward, Luật 89/2025 Art. 66.3.d).</summary>
    public DateOnly? ContractSignedOn { get; private init; }

    public long? PlanId { get; private init; }

    /// <summary>The fixed asset this request buys, when it is on an asset purchase item: its payment books the asset and opens the card.</summary>
    public AssetPurchase? Asset { get; private init; }

    public YearMonth? PlanMonth { get; private init; }

    public SpendingStatus Status { get; private set; }

    public string? VoucherNo { get; private set; }

    public long? SettledAmount { get; private set; }

    public IReadOnlyList<SpendingEvent> History => _history;

    /// <summary>The approval request (unit head → … → the decider) opened when this request was submitted.</summary>
    public Guid? ApprovalId { get; private set; }

    /// <summary>The maker: who created the request (a plan occurrence: who approved the plan).</summary>
    public string Maker => _history[0].By;

    /// <summary>
    /// How many history entries the store held when this copy was read (0 for a new request): the
    /// version a save appends after. A store refuses the save when it holds more by then, so a
    /// stale copy cannot overwrite a newer state.
    /// </summary>
    public int StoredEvents { get; private set; }

    /// <summary>Called by a store once the history is saved.</summary>
    public void MarkStored() => StoredEvents = _history.Count;

    public static Result<SpendingRequest> Create(long id, BudgetLineKey key, long amount, string purpose, string? payee,
        SpendingNature nature, string by, DateTimeOffset at, DateOnly? contractSignedOn = null, AssetPurchase? asset = null)
    {
        var errors = new List<DomainError>();
        if (amount <= 0)
        {
            errors.Add(Error(AmountNotPositive, "Số tiền đề nghị chi phải dương.", "amount"));
        }
        else if (amount > Money.MaxAmount)
        {
            // One limit for every amount, whichever door it came in by (CLI, web, API).
            errors.Add(Error(AmountTooLarge, $"Số tiền đề nghị chi vượt giới hạn {VietnameseFormat.Amount(Money.MaxAmount)} của một số tiền.", "amount"));
        }

        if (key.Year < VietnameseInput.EarliestDate.Year || key.Year > VietnameseInput.LatestDate.Year)
        {
            errors.Add(Error(YearOutOfRange, $"Năm ngân sách {key.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)} nằm ngoài khoảng {VietnameseInput.EarliestDate.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}–{VietnameseInput.LatestDate.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", "year"));
        }

        if (string.IsNullOrWhiteSpace(purpose))
        {
            errors.Add(Error(PurposeMissing, "Thiếu nội dung chi.", "purpose"));
        }

        if (string.IsNullOrWhiteSpace(by))
        {
            errors.Add(Error(ActorMissing, "Thiếu người lập đề nghị (--by).", "by"));
        }

        // An advance is a receivable from a named person (TK 141 is followed by counterparty).
        if (nature == SpendingNature.Advance && string.IsNullOrWhiteSpace(payee))
        {
            errors.Add(Error(AdvancePayeeMissing, "Tạm ứng phải ghi rõ người nhận tạm ứng.", "payee"));
        }

        if (asset is not null && nature == SpendingNature.Advance)
        {
            errors.Add(Error(AssetByAdvance, "Mua tài sản cố định không lập bằng tạm ứng: lập đề nghị thanh toán (bỏ --advance) để khi chi ghi tăng tài sản.", "advance"));
        }

        if (asset is not null && (string.IsNullOrWhiteSpace(asset.Code) || string.IsNullOrWhiteSpace(asset.Name) || string.IsNullOrWhiteSpace(asset.ClassCode)))
        {
            errors.Add(Error(AssetDetailsMissing, "Tài sản mua phải có mã, tên và loại tài sản (--asset-code, --asset-name, --asset-class).", "asset-name"));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<SpendingRequest>(errors);
        }

        var request = new SpendingRequest(id, key, amount, purpose.Trim(), payee, nature) { ContractSignedOn = contractSignedOn, Asset = asset };
        request._history.Add(new SpendingEvent("create", SpendingStatus.Draft, SpendingStatus.Draft, by, at));
        return Result.Success(request);
    }

    /// <summary>
    /// An occurrence generated by an approved plan. It starts in AwaitingBudget carrying the plan's
    /// approval; <see cref="ApproveByPlan"/> moves it on once its line has room.
    /// </summary>
    public static SpendingRequest FromPlan(long id, RecurringPlan plan, YearMonth month, long amount, DateTimeOffset at)
    {
        if (plan.Status != PlanStatus.Approved || plan.Approval is null)
        {
            throw new InvalidOperationException("Only an approved plan generates spending requests.");
        }

        var key = plan.Key with { Year = month.Year };
        var request = new SpendingRequest(id, key, amount, $"{plan.Purpose} ({VietnameseFormat.Month(month.Year, month.Month)})", plan.Payee, SpendingNature.Payment)
        {
            PlanId = plan.Id,
            PlanMonth = month,
            Status = SpendingStatus.AwaitingBudget,
        };
        request._history.Add(new SpendingEvent("generate", SpendingStatus.Draft, SpendingStatus.AwaitingBudget, plan.Approval.By, at,
            DecisionNo: plan.Approval.DecisionNo));
        return request;
    }

    public Result Submit(string by, DateTimeOffset at) =>
        Move("submit", by, at, [SpendingStatus.Draft], SpendingStatus.Submitted);

    /// <summary>Draft → submitted, routed through the approval request <paramref name="approvalId"/>.</summary>
    public Result Submit(string by, DateTimeOffset at, Guid approvalId)
    {
        var moved = Submit(by, at);
        ApprovalId = moved.IsSuccess ? approvalId : ApprovalId;
        return moved;
    }

    /// <summary>Links a request submitted before approvals were chained (schema 3) to its approval request.</summary>
    public void LinkApproval(Guid approvalId) =>
        ApprovalId = ApprovalId is null ? approvalId : throw new InvalidOperationException($"Request {Id} already has an approval request.");

    /// <summary>A step below the decider signed: the request stays submitted; the signature is in its history.</summary>
    public Result SignStep(string by, DateTimeOffset at, string? decisionNo, string step) =>
        Move("sign", by, at, [SpendingStatus.Submitted], SpendingStatus.Submitted, step, decisionNo);

    public Result Reject(string by, DateTimeOffset at, string reason)
    {
        if (Status != SpendingStatus.Submitted)
        {
            return Result.Failure(Transition("reject", Status));
        }

        return string.IsNullOrWhiteSpace(reason)
            ? Result.Failure(Error(ReasonRequired, "Từ chối đề nghị chi phải ghi rõ lý do.", "reason"))
            : Move("reject", by, at, [SpendingStatus.Submitted], SpendingStatus.Rejected, reason);
    }

    /// <summary>Whether <paramref name="action"/> may run now; every transition asks this before it changes anything.</summary>
    private Result CanMove(string action, string by, SpendingStatus[] from)
    {
        if (!from.Contains(Status))
        {
            return Result.Failure(Transition(action, Status));
        }

        return string.IsNullOrWhiteSpace(by)
            ? Result.Failure(Error(ActorMissing, "Thiếu người thực hiện (--by).", "by"))
            : Result.Success();
    }

    private Result Move(string action, string by, DateTimeOffset at, SpendingStatus[] from, SpendingStatus to,
        string? reason = null, string? decisionNo = null, string? voucherNo = null)
    {
        var can = CanMove(action, by, from);
        if (can.IsFailure)
        {
            return can;
        }

        _history.Add(new SpendingEvent(action, Status, to, by, at, reason, decisionNo, voucherNo));
        Status = to;
        return Result.Success();
    }

    private Result SameLine(BudgetLine line) => line.Key == Key
        ? Result.Success()
        : Result.Failure(BudgetErrors.Error(BudgetErrors.LineMismatch, $"Dòng dự toán {line.Key} không phải dòng của đề nghị ({Key})."));
}
