using PartyFinance.Domain.Common;
using PartyFinance.Domain.Posting;
using static PartyFinance.Domain.Budgeting.BudgetErrors;

namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// One estimate line kept like a TigerBeetle account: credits = the estimate, debits = committed
/// (pending) + used. The ledger is the truth for the estimate and its use: <see cref="Ledger"/> is
/// what the 008 accounts say for the line (<see cref="Posting.EstimateAttribution"/>), loaded with
/// the line; the line itself keeps only its decisions (movements, posted to the 008 accounts in the
/// same transaction) and its commitments. Invariant under Stop: committing never makes available negative.
/// </summary>
public sealed partial class BudgetLine
{
    private readonly List<BudgetMovement> _movements = [];
    private readonly Dictionary<long, Commitment> _commitments = [];
    private long _allocated;

    private BudgetLine(BudgetLineKey key, ControlMode mode)
    {
        Key = key;
        ControlMode = mode;
    }

    public BudgetLineKey Key { get; }

    public ControlMode ControlMode { get; }

    /// <summary>
    /// The original allocation, from the allocation decisions; a line the budget holds no decision for
    /// (its estimate was imported as vouchers) shows the books' estimate as its allocation.
    /// </summary>
    public long Allocated => _movements.Count == 0 ? Ledger.Estimate : _allocated;

    /// <summary>The allocation decisions alone (what the budget stores); 0 for a line known only from the books.</summary>
    public long DecidedAllocation => _allocated;

    /// <summary>The books' estimate for the line as of loading; movements recorded since are in <see cref="Booked"/>.</summary>
    public LedgerFigures Ledger { get; private set; } = LedgerFigures.None;

    /// <summary>Estimate movements recorded in this unit of work (posted to the books with it).</summary>
    public long Booked { get; private set; }

    /// <summary>What the books hold for the line once this unit of work's estimate movements are posted.</summary>
    public LedgerFigures Books => Ledger with { Estimate = checked(Ledger.Estimate + Booked) };

    /// <summary>Everything the books hold beyond the original allocation: supplements, adjustments, transfers, carry-forwards, cancellations, signed.</summary>
    public long Adjustments => checked(Ledger.Estimate + Booked - Allocated);

    public long Committed { get; private set; }

    /// <summary>Estimate used as actual spending (thực chi), from the books.</summary>
    public long Spent => Ledger.Actual;

    /// <summary>Estimate withdrawn as advances not yet settled with the Treasury (tạm ứng), from the books.</summary>
    public long Advanced => Ledger.Advance;

    public long Available => checked(Allocated + Adjustments - Committed - Spent - Advanced);

    public IReadOnlyList<BudgetMovement> Movements => _movements;

    public IReadOnlyCollection<Commitment> Commitments => _commitments.Values;

    public static BudgetLine Open(BudgetLineKey key, ControlMode mode) => new(key, mode);

    /// <summary>Rebuilds a line from stored movements and commitments without re-running the rules (persistence, snapshots).</summary>
    public static BudgetLine Restore(BudgetLineKey key, ControlMode mode, IEnumerable<BudgetMovement> movements, IEnumerable<Commitment> commitments,
        LedgerFigures ledger)
    {
        var line = new BudgetLine(key, mode) { Ledger = ledger };
        foreach (var m in movements)
        {
            line._movements.Add(m);
            line._allocated += m.Kind == MovementKind.Allocation ? m.Amount : 0;
        }

        foreach (var c in commitments)
        {
            line._commitments.Add(c.RequestId, c);
            line.Committed += c.Status == CommitmentStatus.Pending ? c.Amount : 0;
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

        if (movement.Kind is MovementKind.Allocation or MovementKind.Supplement or MovementKind.Adjustment or MovementKind.TransferIn or MovementKind.TransferOut
            && movement.DecisionDate.Year > Key.Year)
        {
            return Result.Failure(DecisionAfterYear(Key.Year, movement.DecisionDate));
        }

        if (movement.Amount < 0 && -movement.Amount > Available)
        {
            return Result.Failure(NotEnough(Key, -movement.Amount, Available));
        }

        Apply(movement);
        return Result.Success();
    }

    private void Apply(BudgetMovement m)
    {
        _movements.Add(m);
        _allocated += m.Kind == MovementKind.Allocation ? m.Amount : 0;
        Booked = checked(Booked + m.Amount);
    }

    private static bool IsDecrease(MovementKind kind) =>
        kind is MovementKind.TransferOut or MovementKind.CarryForwardOut or MovementKind.Cancellation;
}
