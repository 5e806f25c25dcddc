namespace PartyFinance.Domain.Assets;

/// <summary>
/// One entry of an asset's history, never changed once written: what happened, on which date, at
/// which unit (the receiving unit for a transfer, <see cref="FromUnit"/> the sender), the change of
/// original cost by funding share and of accumulated wear, the vouchers it posted, the decision it
/// rests on (the asset action number) and who recorded it. <see cref="Year"/> is the fiscal year of a wear entry.
/// </summary>
public sealed record AssetEvent(
    int Seq,
    AssetEventKind Kind,
    DateOnly Date,
    int? Year,
    string Unit,
    string? FromUnit,
    AssetFunding CostChange,
    long WearChange,
    long? Proceeds,
    int? LifeYears,
    string? Vouchers,
    string? Reason,
    long? ActionId,
    string By,
    DateTimeOffset At);
