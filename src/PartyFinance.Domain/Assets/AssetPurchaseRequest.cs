namespace PartyFinance.Domain.Assets;

/// <summary>
/// A fixed asset to be bought outside the estimate (`asset purchase`, Party funds), as requested: it waits
/// for the approval chain the purchase rules (Decision 332-QĐ/TU Art. 2–5, by authority class and cost) open,
/// and its card and voucher are written only when the final decider signs. A rejection leaves only this
/// request, rejected.
/// </summary>
public sealed record AssetPurchaseRequest(
    long Id,
    string Code,
    string Name,
    string ClassCode,
    string Unit,
    string FundSource,
    Budgeting.Autonomy Autonomy,
    string Sector,
    string BudgetItem,
    long Amount,
    DateOnly Date,
    bool FromBank,
    string? Location,
    string? Custodian,
    int? LifeMonths,
    string Reason,
    Guid ApprovalId,
    AssetActionStatus Status,
    string? Voucher,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt);
