using PartyFinance.Domain.Common;
using static PartyFinance.Domain.Budgeting.BudgetErrors;

namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// One estimate line kept like a TigerBeetle account: credits = allocation and its movements,
/// debits = committed (pending) + spent (posted). Totals are running counters, so availability is
/// answered without scanning history. Invariant under Stop: committing never makes available negative.
/// </summary>
public sealed partial class BudgetLine
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
