namespace PartyFinance.Domain.Budgeting;

/// <summary>The credit-side events of a budget line. Allocation is the original estimate; the rest adjust it.</summary>
public enum MovementKind
{
    Allocation,
    Supplement,
    Adjustment,
    TransferIn,
    TransferOut,
    CarryForwardIn,
    CarryForwardOut,
    Cancellation,
}
