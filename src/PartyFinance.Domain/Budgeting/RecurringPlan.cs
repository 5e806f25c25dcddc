using PartyFinance.Domain.Common;
using static PartyFinance.Domain.Budgeting.SpendingErrors;

namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// A recurring spending plan: payee, line (its Year is that of the start; each occurrence uses its
/// own year), schedule from a start month to an optional end, and amount versions effective from a
/// month. Submitted once (its approval chain opened on its yearly total), approved when the chain's
/// final step signs; each occurrence becomes a spending request.
/// </summary>
public sealed partial class RecurringPlan
{
    private readonly List<PlanVersion> _versions = [];

    private RecurringPlan(long id, BudgetLineKey key, string payee, string purpose, Schedule schedule, YearMonth start, YearMonth? end)
    {
        Id = id;
        Key = key;
        Payee = payee;
        Purpose = purpose;
        Schedule = schedule;
        Start = start;
        End = end;
    }

    public long Id { get; }

    public BudgetLineKey Key { get; }

    public string Payee { get; }

    public string Purpose { get; }

    public Schedule Schedule { get; }

    public YearMonth Start { get; }

    public YearMonth? End { get; }

    public PlanStatus Status { get; private set; }

    public PlanApproval? Approval { get; private set; }

    /// <summary>The approval request (unit head → … → the decider) opened at submission; null for a plan approved before chains (schema 6).</summary>
    public Guid? ApprovalId { get; private set; }

    /// <summary>
    /// The status the store held when this copy was read (null for a new plan): a save moves the
    /// stored plan only from that status, so of two copies submitted or signed at once one is refused.
    /// </summary>
    public PlanStatus? StoredStatus { get; private set; }

    /// <summary>Called by a store once the plan is saved.</summary>
    public void MarkStored() => StoredStatus = Status;

    /// <summary>Everyone who wrote an amount version: none of them may sign the plan's approval.</summary>
    public IEnumerable<string> Makers => _versions.Select(v => v.By).Distinct(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<PlanVersion> Versions => _versions;

    public static Result<RecurringPlan> Create(long id, BudgetLineKey key, string payee, string purpose, Schedule schedule,
        YearMonth start, YearMonth? end, long amount, string by, DateTimeOffset at)
    {
        var errors = new List<DomainError>();
        if (amount <= 0)
        {
            errors.Add(Error(AmountNotPositive, "Số tiền định kỳ phải dương.", "amount"));
        }

        if (string.IsNullOrWhiteSpace(payee))
        {
            errors.Add(Error(PurposeMissing, "Thiếu người/đơn vị được chi (payee).", "payee"));
        }

        if (end is { } e && e < start)
        {
            errors.Add(Error(BadMonth, "Tháng kết thúc trước tháng bắt đầu.", "end"));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<RecurringPlan>(errors);
        }

        var plan = new RecurringPlan(id, key with { Year = start.Year }, payee.Trim(), string.IsNullOrWhiteSpace(purpose) ? payee.Trim() : purpose.Trim(), schedule, start, end);
        plan._versions.Add(new PlanVersion(start, amount, by, at));
        return Result.Success(plan);
    }

    /// <summary>A new amount from <paramref name="from"/> on; earlier months keep theirs. An approved plan goes back to Draft.</summary>
    public Result ChangeAmount(YearMonth from, long amount, string by, DateTimeOffset at)
    {
        if (amount <= 0)
        {
            return Result.Failure(Error(AmountNotPositive, "Số tiền định kỳ phải dương.", "amount"));
        }

        if (Status is PlanStatus.Submitted or PlanStatus.Rejected)
        {
            return Result.Failure(Error(InvalidTransition, $"Kế hoạch chi định kỳ {Status switch
            {
                PlanStatus.Submitted => "đang chờ duyệt",
                _ => "đã bị từ chối",
            }} không thể đổi số tiền.", "status"));
        }

        if (from < _versions[^1].From)
        {
            return Result.Failure(Error(BadMonth, $"Thay đổi phải có hiệu lực từ {_versions[^1].From} trở đi.", "from"));
        }

        _versions.Add(new PlanVersion(from, amount, by, at));
        Status = PlanStatus.Draft;
        Approval = null;
        ApprovalId = null;
        return Result.Success();
    }

    /// <summary>Draft → Submitted, routed through the approval request <paramref name="approvalId"/>.</summary>
    public Result Submit(Guid approvalId)
    {
        if (Status != PlanStatus.Draft)
        {
            return Result.Failure(Error(InvalidTransition, "Chỉ trình duyệt được kế hoạch chi định kỳ còn ở dạng nháp (chưa trình, chưa duyệt).", "status"));
        }

        Status = PlanStatus.Submitted;
        ApprovalId = approvalId;
        return Result.Success();
    }

    /// <summary>Submitted → Approved: the final step of the plan's approval chain signed.</summary>
    public Result Approve(PlanApproval approval)
    {
        if (Status != PlanStatus.Submitted)
        {
            return Result.Failure(Error(InvalidTransition, Status == PlanStatus.Approved
                ? "Kế hoạch chi định kỳ đã được duyệt."
                : "Kế hoạch chi định kỳ chưa được trình duyệt (partyfinance spend plan submit).", "status"));
        }

        Status = PlanStatus.Approved;
        Approval = approval;
        return Result.Success();
    }

    /// <summary>Submitted → Rejected (final): a signer of the waiting step refused it.</summary>
    public Result Reject()
    {
        if (Status != PlanStatus.Submitted)
        {
            return Result.Failure(Error(InvalidTransition, "Chỉ từ chối được kế hoạch chi định kỳ đang chờ duyệt.", "status"));
        }

        Status = PlanStatus.Rejected;
        return Result.Success();
    }

    /// <summary>The amount in force for a month: the latest version starting at or before it.</summary>
    public long AmountFor(YearMonth month) => _versions.Last(v => v.From <= month || v == _versions[0]).Amount;

    /// <summary>
    /// The due months up to <paramref name="through"/> not yet generated. Idempotent (existing months
    /// are skipped) and catches up every missed month; respects the end month.
    /// </summary>
    public IReadOnlyList<PlanOccurrence> Occurrences(YearMonth through, IReadOnlyCollection<YearMonth> existing)
    {
        var last = End is { } e && e < through ? e : through;
        var result = new List<PlanOccurrence>();
        for (var m = Start; m <= last; m = m.AddMonths(Schedule.StepMonths()))
        {
            if (!existing.Contains(m))
            {
                result.Add(new PlanOccurrence(m, AmountFor(m)));
            }
        }

        return result;
    }

    /// <summary>
    /// The largest calendar-year total among the years the plan runs in (the first two when it has
    /// no end), so a plan starting in November is still tested on a full year.
    /// </summary>
    public (int Year, long Total) LargestYearlyTotal()
    {
        var lastYear = End?.Year ?? Start.Year + 1;
        return Enumerable.Range(Start.Year, lastYear - Start.Year + 1).Select(y => (Year: y, Total: YearlyTotal(y))).MaxBy(t => t.Total);
    }

    /// <summary>Sum of the occurrences falling in a calendar year at the versions in force: what the approver's authority is tested on.</summary>
    public long YearlyTotal(int year) =>
        Occurrences(new YearMonth(year, 12), []).Where(o => o.Month.Year == year).Sum(o => o.Amount);
}
