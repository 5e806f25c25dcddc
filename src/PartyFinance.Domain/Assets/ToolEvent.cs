namespace PartyFinance.Domain.Assets;

/// <summary>
/// One entry of a tool's history, never changed once written: what happened on which date, how many
/// (units of the tool's measure) and their value in whole đồng, who holds them after it (the store
/// keeper on a receipt, the user on an issue), the voucher, the reason and who recorded it.
/// <see cref="Year"/> is the fiscal year a year-end entry recognises.
/// </summary>
public sealed record ToolEvent(
    int Seq,
    ToolEventKind Kind,
    DateOnly Date,
    int? Year,
    int Quantity,
    long Value,
    string? Custodian,
    string? Voucher,
    string? Reason,
    string By,
    DateTimeOffset At);
