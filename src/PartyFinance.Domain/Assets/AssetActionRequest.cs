namespace PartyFinance.Domain.Assets;

/// <summary>Where an asset action stands: waiting for its decision, carried out, or refused.</summary>
public enum AssetActionStatus
{
    Pending,
    Done,
    Rejected,
}

/// <summary>
/// An action on an asset (transfer, recovery, sale, liquidation, destruction, write-off) as
/// requested: it waits for the approval chain the delegation rules open for the asset's booked
/// original cost, and posts its vouchers only when the final decider signs. An action opened by a
/// stocktake names its sheet (<see cref="SheetId"/>): a shortage's write-off, or a surplus to record.
/// </summary>
public sealed record AssetActionRequest(
    long Id,
    string AssetCode,
    AssetAction Action,
    DateOnly Date,
    string Unit,
    string? ToUnit,
    long? Proceeds,
    string Reason,
    Guid ApprovalId,
    AssetActionStatus Status,
    string? Vouchers,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    long? SheetId = null)
{
    public static string StatusCode(AssetActionStatus s) => s switch
    {
        AssetActionStatus.Pending => "pending",
        AssetActionStatus.Done => "done",
        AssetActionStatus.Rejected => "rejected",
    };

    public static string StatusName(AssetActionStatus s) => s switch
    {
        AssetActionStatus.Pending => "Chờ quyết định",
        AssetActionStatus.Done => "Đã thực hiện",
        AssetActionStatus.Rejected => "Bị từ chối",
    };

    public static AssetActionStatus ParseStatus(string code) => code switch
    {
        "pending" => AssetActionStatus.Pending,
        "done" => AssetActionStatus.Done,
        "rejected" => AssetActionStatus.Rejected,
        _ => throw new InvalidOperationException($"Unknown asset action status '{code}'."),
    };
}
