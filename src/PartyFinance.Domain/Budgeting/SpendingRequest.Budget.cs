using PartyFinance.Domain.Common;
using static PartyFinance.Domain.Budgeting.SpendingErrors;

namespace PartyFinance.Domain.Budgeting;

/// <summary>The transitions that touch the budget line (the caller holds the line's lock).</summary>
public sealed partial class SpendingRequest
{
    /// <summary>
    /// Enforced check at approval: every check (status, actor, line, available estimate) runs
    /// before the amount is committed on the line and the request moves to Approved.
    /// </summary>
    /// <remarks><paramref name="decider"/> describes who decided under which rule; kept in the history.</remarks>
    public Result Approve(BudgetLine line, string by, DateTimeOffset at, string? decisionNo, BudgetOverride? @override = null, string? decider = null)
    {
        var can = CanMove("approve", by, [SpendingStatus.Submitted]);
        var same = can.IsFailure ? can : SameLine(line);
        var commit = same.IsFailure ? same : line.Commit(Id, Amount, @override);
        if (commit.IsFailure)
        {
            return Result.Failure(commit.Errors);
        }

        var reasons = new[]
        {
            decider is null ? null : $"Thẩm quyền: {decider}",
            @override is null ? null : $"Vượt dự toán được chấp nhận bởi {@override.By}: {@override.Reason}",
        }.OfType<string>().ToList();
        var reason = reasons.Count == 0 ? null : string.Join("; ", reasons);
        return Move("approve", by, at, [SpendingStatus.Submitted], SpendingStatus.Approved, reason, decisionNo);
    }

    /// <summary>A plan occurrence takes its commitment when the line has room; otherwise it keeps waiting.</summary>
    public Result ApproveByPlan(BudgetLine line, DateTimeOffset at)
    {
        if (Status != SpendingStatus.AwaitingBudget)
        {
            return Result.Failure(Transition("approve-by-plan", Status));
        }

        var check = SameLine(line);
        var commit = check.IsSuccess ? line.Commit(Id, Amount) : check;
        return commit.IsFailure
            ? Result.Failure(commit.Errors)
            : Move("approve-by-plan", _history[0].By, at, [SpendingStatus.AwaitingBudget], SpendingStatus.Approved, decisionNo: _history[0].DecisionNo);
    }

    /// <summary>Enforced check at payment, before any voucher is built.</summary>
    public Result CanPay(BudgetLine line)
    {
        if (Status != SpendingStatus.Approved)
        {
            return Result.Failure(Transition("pay", Status));
        }

        var same = SameLine(line);
        return same.IsFailure ? same : line.CheckPayable(Id);
    }

    /// <summary>
    /// Records the payment under <paramref name="voucherNo"/>. A payment is posted (spent); an
    /// advance stays committed on the line until it is settled.
    /// </summary>
    public Result MarkPaid(BudgetLine line, string by, DateTimeOffset at, string voucherNo)
    {
        var can = CanPay(line);
        var move = can.IsFailure ? can : CanMove("pay", by, [SpendingStatus.Approved]);
        var posted = move.IsFailure ? move : Nature == SpendingNature.Payment ? line.Post(Id, Amount) : Result.Success();
        var moved = posted.IsFailure ? posted : Move("pay", by, at, [SpendingStatus.Approved], SpendingStatus.Paid, voucherNo: voucherNo);
        VoucherNo = moved.IsSuccess ? voucherNo : VoucherNo;
        return moved;
    }

    /// <summary>Whether this is a paid advance that <paramref name="actual"/> (≤ advance) may settle.</summary>
    public Result CanSettle(long actual)
    {
        if (Nature != SpendingNature.Advance)
        {
            return Result.Failure(Error(NotAnAdvance, "Chỉ khoản tạm ứng mới được thanh toán tạm ứng.", "id"));
        }

        if (Status != SpendingStatus.Paid)
        {
            return Result.Failure(Transition("settle", Status));
        }

        if (actual < 0)
        {
            return Result.Failure(Error(AmountNotPositive, "Số thực chi khi thanh toán tạm ứng không được âm.", "actual"));
        }

        return actual > Amount
            ? Result.Failure(Error(SettlementExceedsAdvance,
                $"Số quyết toán tạm ứng {VietnameseFormat.Amount(actual)} vượt số đã tạm ứng {VietnameseFormat.Amount(Amount)}.", "actual"))
            : Result.Success();
    }

    /// <summary>Settles a paid advance with the actual amount (≤ advance); the rest is returned and released on the line.</summary>
    public Result SettleAdvance(BudgetLine line, long actual, string by, DateTimeOffset at, string voucherNo)
    {
        var can = CanSettle(actual);
        if (can.IsFailure)
        {
            return can;
        }

        var same = SameLine(line);
        var move = same.IsFailure ? same : CanMove("settle", by, [SpendingStatus.Paid]);
        var posted = move.IsFailure ? move : line.Post(Id, actual);
        if (posted.IsFailure)
        {
            return posted;
        }

        SettledAmount = actual;
        return Move("settle", by, at, [SpendingStatus.Paid], SpendingStatus.Settled, $"Hoàn trả {VietnameseFormat.Amount(Amount - actual)}", voucherNo: voucherNo);
    }

    /// <summary>
    /// Cancels an unpaid request; an approved one needs a reason and releases its commitment on
    /// the line. Every check runs before the line changes.
    /// </summary>
    public Result Cancel(BudgetLine? line, string by, DateTimeOffset at, string? reason)
    {
        SpendingStatus[] from = [SpendingStatus.Draft, SpendingStatus.Submitted, SpendingStatus.AwaitingBudget, SpendingStatus.Approved];
        var can = CanMove("cancel", by, from);
        if (can.IsFailure)
        {
            return can;
        }

        if (Status == SpendingStatus.Approved)
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                return Result.Failure(Error(ReasonRequired, "Hủy đề nghị chi đã duyệt phải ghi rõ lý do (--reason).", "reason"));
            }

            var released = line is null
                ? throw new InvalidOperationException("An approved request is cancelled with its budget line locked.")
                : SameLine(line) is { IsFailure: true } bad ? bad : line.Void(Id);
            if (released.IsFailure)
            {
                return released;
            }
        }

        return Move("cancel", by, at, from, SpendingStatus.Cancelled, reason);
    }

    /// <summary>Year end: the request's commitment moved to the carried-over line of the next year.</summary>
    public Result CarryOver(BudgetLineKey target, string by, DateTimeOffset at, string citation)
    {
        if (Status is not (SpendingStatus.Approved or SpendingStatus.Paid))
        {
            return Result.Failure(Transition("carry-forward", Status));
        }

        _history.Add(new SpendingEvent("carry-forward", Status, Status, by, at, citation));
        Key = target;
        return Result.Success();
    }

    /// <summary>
    /// The voucher <paramref name="voucherNo"/> of this request (payment, advance or settlement) was
    /// reversed by <paramref name="reversalNo"/>: the request steps back (paid → approved, settled →
    /// paid) and its commitment is pending again, so the books and the budget still agree.
    /// </summary>
    public Result PaymentReversed(BudgetLine line, string voucherNo, string reversalNo, string by, DateTimeOffset at, string reason)
    {
        var same = SameLine(line);
        if (same.IsFailure)
        {
            return same;
        }

        var (from, to) = Status switch
        {
            SpendingStatus.Paid => (SpendingStatus.Paid, SpendingStatus.Approved),
            SpendingStatus.Settled => (SpendingStatus.Settled, SpendingStatus.Paid),
            _ => (Status, Status),
        };
        if (from == to)
        {
            return Result.Failure(Transition("payment-reversed", Status));
        }

        var can = CanMove("payment-reversed", by, [from]);
        if (can.IsFailure)
        {
            return can;
        }

        var reopened = Nature == SpendingNature.Payment || Status == SpendingStatus.Settled ? line.Reopen(Id) : Result.Success();
        if (reopened.IsFailure)
        {
            return reopened;
        }

        var moved = Move("payment-reversed", by, at, [from], to, $"Chứng từ {voucherNo} đã bị đảo bởi {reversalNo}: {reason}", voucherNo: reversalNo);
        if (moved.IsSuccess)
        {
            VoucherNo = to == SpendingStatus.Approved ? null : VoucherNo;
            SettledAmount = to == SpendingStatus.Paid ? null : SettledAmount;
        }

        return moved;
    }
}
