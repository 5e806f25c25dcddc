namespace PartyFinance.Domain.Budgeting;

/// <summary>Rebuilding a stored request (persistence) without re-running the workflow rules.</summary>
public sealed partial class SpendingRequest
{
    public static SpendingRequest Restore(long id, BudgetLineKey key, long amount, string purpose, string? payee, SpendingNature nature,
        DateOnly? contractSignedOn, long? planId, YearMonth? planMonth, SpendingStatus status, string? voucherNo, long? settledAmount,
        IEnumerable<SpendingEvent> history, Guid? approvalId = null, AssetPurchase? asset = null)
    {
        var request = new SpendingRequest(id, key, amount, purpose, payee, nature)
        {
            ContractSignedOn = contractSignedOn,
            PlanId = planId,
            PlanMonth = planMonth,
            Status = status,
            VoucherNo = voucherNo,
            SettledAmount = settledAmount,
            ApprovalId = approvalId,
            Asset = asset,
        };
        request._history.AddRange(history);
        request.StoredEvents = request._history.Count;
        return request;
    }
}
