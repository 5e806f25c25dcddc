using PartyFinance.Domain.Common;
using static PartyFinance.Domain.Budgeting.BudgetErrors;

namespace PartyFinance.Domain.Budgeting;

/// <summary>The debit side of a line: commitments that are taken, then posted (spent) or voided (released), never edited.</summary>
public sealed partial class BudgetLine
{
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

    /// <summary>
    /// Turns a pending commitment into spending; posting less than committed releases the rest. The
    /// spending itself is what the books say (<see cref="Spent"/>): the payment voucher posts it.
    /// </summary>
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
        return Result.Success();
    }

    /// <summary>
    /// Year end: a commitment carried from last year's line is restated here as it stood, whatever
    /// room the line has (it was approved once already); beyond the room it keeps <paramref name="override"/> as its record.
    /// </summary>
    public Result Restate(long requestId, long amount, BudgetOverride @override)
    {
        if (amount <= 0 || _commitments.ContainsKey(requestId))
        {
            return Result.Failure(Error(CommitmentExists, "Cam kết chuyển sang không hợp lệ hoặc đã có."));
        }

        _commitments.Add(requestId, new Commitment(requestId, amount, CommitmentStatus.Pending, amount > Available ? @override : null));
        Committed += amount;
        return Result.Success();
    }

    /// <summary>The payment of a posted commitment was reversed in the books: the commitment is pending again, at its full amount.</summary>
    public Result Reopen(long requestId)
    {
        if (FindCommitment(requestId) is not { Status: CommitmentStatus.Posted } c)
        {
            return Result.Failure(Error(CommitmentNotFound, "Đề nghị chi không có cam kết đã thanh toán trên dòng dự toán này."));
        }

        _commitments[requestId] = c with { Status = CommitmentStatus.Pending, PostedAmount = 0 };
        Committed += c.Amount;
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
}
