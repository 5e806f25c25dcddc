using PartyFinance.Domain.Common;
using static PartyFinance.Domain.Budgeting.BudgetErrors;

namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// One estimate line kept like a TigerBeetle account: credits = allocation and its movements,
/// debits = committed (pending) + spent (posted). Totals are running counters, so availability is
/// answered without scanning history. Invariant under Stop: committing never makes available negative.
/// </summary>
public sealed class BudgetLine
{
    private readonly List<BudgetMovement> _movements = [];
    private readonly Dictionary<long, Commitment> _commitments = [];

    private BudgetLine(BudgetLineKey key, ControlMode mode)
    {
        Key = key;
        ControlMode = mode;
    }

    public BudgetLineKey Key { get; }

    public ControlMode ControlMode { get; }

    public long Allocated { get; private set; }

    /// <summary>Supplements, adjustments, transfers, carry-forwards and cancellations, signed.</summary>
    public long Adjustments { get; private set; }

    public long Committed { get; private set; }

    public long Spent { get; private set; }

    public long Available => Allocated + Adjustments - Committed - Spent;

    public IReadOnlyList<BudgetMovement> Movements => _movements;

    public IReadOnlyCollection<Commitment> Commitments => _commitments.Values;

    public static BudgetLine Open(BudgetLineKey key, ControlMode mode) => new(key, mode);

    /// <summary>Rebuilds a line from stored movements and commitments without re-running the rules (persistence, snapshots).</summary>
    public static BudgetLine Restore(BudgetLineKey key, ControlMode mode, IEnumerable<BudgetMovement> movements, IEnumerable<Commitment> commitments)
    {
        var line = new BudgetLine(key, mode);
        foreach (var m in movements)
        {
            line.Apply(m);
        }

        foreach (var c in commitments)
        {
            line._commitments.Add(c.RequestId, c);
            line.Committed += c.Status == CommitmentStatus.Pending ? c.Amount : 0;
            line.Spent += c.Status == CommitmentStatus.Posted ? c.PostedAmount : 0;
        }

        return line;
    }

    public Commitment? FindCommitment(long requestId) => _commitments.GetValueOrDefault(requestId);

    /// <summary>Records a credit-side movement. A negative one may not take more than is available (under either mode).</summary>
    public Result Record(BudgetMovement movement)
    {
        if (string.IsNullOrWhiteSpace(movement.DecisionNo))
        {
            return Result.Failure(Error(DecisionMissing, "Thiếu số quyết định giao/điều chỉnh dự toán.", "decision_no"));
        }

        if (movement.Amount == 0 || (movement.Amount < 0) != IsDecrease(movement.Kind) && movement.Kind != MovementKind.Adjustment)
        {
            return Result.Failure(Error(AmountNotPositive, "Số tiền điều chỉnh dự toán không hợp lệ.", "amount"));
        }

        if (movement.Amount < 0 && -movement.Amount > Available)
        {
            return Result.Failure(NotEnough(Key, -movement.Amount, Available));
        }

        Apply(movement);
        return Result.Success();
    }

    public BudgetCheck Check(long amount) => new(amount, Available, ControlMode, amount <= Available ? null : NotEnough(Key, amount, Available).Message);

    /// <summary>
    /// Reserves <paramref name="amount"/> for a request. Stop refuses beyond available; Warn lets it
    /// through only with a complete override, which is kept on the commitment.
    /// </summary>
    public Result<Commitment> Commit(long requestId, long amount, BudgetOverride? @override = null)
    {
        if (amount <= 0)
        {
            return Error(AmountNotPositive, "Số tiền cam kết chi phải dương.", "amount");
        }

        if (_commitments.ContainsKey(requestId))
        {
            return Error(CommitmentExists, "Đề nghị chi này đã có cam kết trên dòng dự toán.");
        }

        BudgetOverride? kept = null;
        if (amount > Available)
        {
            switch (ControlMode)
            {
                case ControlMode.Stop:
                    return NotEnough(Key, amount, Available);
                case ControlMode.Warn when @override is not { IsComplete: true }:
                    return Error(OverrideRequired, NotEnough(Key, amount, Available).Message + " Cần ghi rõ người chấp nhận vượt và lý do.", "override");
                case ControlMode.Warn:
                    kept = @override;
                    break;
            }
        }

        var commitment = new Commitment(requestId, amount, CommitmentStatus.Pending, kept);
        _commitments.Add(requestId, commitment);
        Committed += amount;
        return Result.Success(commitment);
    }

    /// <summary>
    /// Enforced check at payment: the commitment is still pending and, on a Stop line, the estimate
    /// has not been reduced below what is committed and spent since approval.
    /// </summary>
    public Result CheckPayable(long requestId)
    {
        if (FindCommitment(requestId) is not { Status: CommitmentStatus.Pending })
        {
            return Result.Failure(Error(CommitmentNotPending, "Đề nghị chi không còn cam kết chi đang chờ trên dòng dự toán."));
        }

        return ControlMode == ControlMode.Stop && Available < 0
            ? Result.Failure(NotEnough(Key, _commitments[requestId].Amount, Available + _commitments[requestId].Amount))
            : Result.Success();
    }

    /// <summary>Turns a pending commitment into spending; posting less than committed releases the rest.</summary>
    public Result Post(long requestId, long amount)
    {
        var pending = CheckPending(requestId);
        if (pending.IsFailure)
        {
            return pending;
        }

        var c = _commitments[requestId];
        if (amount < 0 || amount > c.Amount)
        {
            return Result.Failure(Error(PostExceedsCommitment,
                $"Số chi thực tế {VietnameseFormat.Amount(amount)} vượt số đã cam kết {VietnameseFormat.Amount(c.Amount)}.", "amount"));
        }

        _commitments[requestId] = c with { Status = CommitmentStatus.Posted, PostedAmount = amount };
        Committed -= c.Amount;
        Spent += amount;
        return Result.Success();
    }

    /// <summary>Releases a pending commitment in full.</summary>
    public Result Void(long requestId)
    {
        var pending = CheckPending(requestId);
        if (pending.IsFailure)
        {
            return pending;
        }

        var c = _commitments[requestId];
        _commitments[requestId] = c with { Status = CommitmentStatus.Voided };
        Committed -= c.Amount;
        return Result.Success();
    }

    private Result CheckPending(long requestId) => FindCommitment(requestId) switch
    {
        null => Result.Failure(Error(CommitmentNotFound, "Không tìm thấy cam kết chi của đề nghị này.")),
        { Status: CommitmentStatus.Pending } => Result.Success(),
        _ => Result.Failure(Error(CommitmentNotPending, "Cam kết chi đã được thanh toán hoặc đã hủy; không sửa lại được.")),
    };

    private void Apply(BudgetMovement m)
    {
        _movements.Add(m);
        if (m.Kind == MovementKind.Allocation)
        {
            Allocated += m.Amount;
        }
        else
        {
            Adjustments += m.Amount;
        }
    }

    private static bool IsDecrease(MovementKind kind) =>
        kind is MovementKind.TransferOut or MovementKind.CarryForwardOut or MovementKind.Cancellation;
}
