namespace PartyFinance.Domain.Assets;

/// <summary>How an asset came to the unit (TT 141/2025 Art. 4.2).</summary>
public enum AssetOrigin
{
    Purchase,
    Investment,
    TransferIn,
    Gift,
    StocktakeSurplus,
    Other,
}

/// <summary>Where an asset stands on the register.</summary>
public enum AssetStatus
{
    InUse,
    Sold,
    Liquidated,
    Destroyed,
    WrittenOff,
}

/// <summary>What happened to an asset, as its history records it.</summary>
public enum AssetEventKind
{
    Opening,
    Purchase,
    Wear,
    Upgrade,
    Transfer,
    Recover,
    Sell,
    Liquidate,
    Destroy,
    WriteOffLoss,
    StocktakeSurplus,
}

/// <summary>The actions on an asset that need the decision of the body the delegation rules name.</summary>
public enum AssetAction
{
    Transfer,
    Recover,
    Sell,
    Liquidate,
    Destroy,
    WriteOffLoss,
    RecordSurplus,
}

/// <summary>File, command-line and JSON codes of the asset enums, and their Vietnamese names.</summary>
public static class AssetCodes
{
    private static readonly Authority.SlugTable<AssetOrigin> Origins = new(
        (AssetOrigin.Purchase, "purchase"),
        (AssetOrigin.Investment, "investment"),
        (AssetOrigin.TransferIn, "transfer-in"),
        (AssetOrigin.Gift, "gift"),
        (AssetOrigin.StocktakeSurplus, "stocktake-surplus"),
        (AssetOrigin.Other, "other"));

    private static readonly Authority.SlugTable<AssetStatus> Statuses = new(
        (AssetStatus.InUse, "in-use"),
        (AssetStatus.Sold, "sold"),
        (AssetStatus.Liquidated, "liquidated"),
        (AssetStatus.Destroyed, "destroyed"),
        (AssetStatus.WrittenOff, "written-off"));

    private static readonly Authority.SlugTable<AssetEventKind> Events = new(
        (AssetEventKind.Opening, "opening"),
        (AssetEventKind.Purchase, "purchase"),
        (AssetEventKind.Wear, "wear"),
        (AssetEventKind.Upgrade, "upgrade"),
        (AssetEventKind.Transfer, "transfer"),
        (AssetEventKind.Recover, "recover"),
        (AssetEventKind.Sell, "sell"),
        (AssetEventKind.Liquidate, "liquidate"),
        (AssetEventKind.Destroy, "destroy"),
        (AssetEventKind.WriteOffLoss, "write-off"),
        (AssetEventKind.StocktakeSurplus, "stocktake-surplus"));

    private static readonly Authority.SlugTable<AssetAction> Actions = new(
        (AssetAction.Transfer, "transfer"),
        (AssetAction.Recover, "recover"),
        (AssetAction.Sell, "sell"),
        (AssetAction.Liquidate, "liquidate"),
        (AssetAction.Destroy, "destroy"),
        (AssetAction.WriteOffLoss, "write-off"),
        (AssetAction.RecordSurplus, "record-surplus"));

    public static IEnumerable<string> OriginCodes => Origins.Slugs;

    public static string Code(this AssetOrigin value) => Origins.ToSlug(value);

    public static string Code(this AssetStatus value) => Statuses.ToSlug(value);

    public static string Code(this AssetEventKind value) => Events.ToSlug(value);

    public static string Code(this AssetAction value) => Actions.ToSlug(value);

    public static bool TryParse(string? code, out AssetOrigin value) => Origins.TryParse(code, out value);

    public static bool TryParse(string? code, out AssetStatus value) => Statuses.TryParse(code, out value);

    public static bool TryParse(string? code, out AssetEventKind value) => Events.TryParse(code, out value);

    public static bool TryParse(string? code, out AssetAction value) => Actions.TryParse(code, out value);

    public static string VietnameseName(this AssetOrigin value) => value switch
    {
        AssetOrigin.Purchase => "Mua sắm",
        AssetOrigin.Investment => "Đầu tư xây dựng",
        AssetOrigin.TransferIn => "Nhận điều chuyển",
        AssetOrigin.Gift => "Được tặng cho",
        AssetOrigin.StocktakeSurplus => "Phát hiện thừa khi kiểm kê",
        AssetOrigin.Other => "Khác",
    };

    public static string VietnameseName(this AssetStatus value) => value switch
    {
        AssetStatus.InUse => "Đang sử dụng",
        AssetStatus.Sold => "Đã bán",
        AssetStatus.Liquidated => "Đã thanh lý",
        AssetStatus.Destroyed => "Đã tiêu hủy",
        AssetStatus.WrittenOff => "Đã xử lý mất, hủy hoại",
    };

    public static string VietnameseName(this AssetEventKind value) => value switch
    {
        AssetEventKind.Opening => "Ghi sổ đầu kỳ",
        AssetEventKind.Purchase => "Mua sắm",
        AssetEventKind.Wear => "Tính hao mòn",
        AssetEventKind.Upgrade => "Nâng cấp, thay đổi nguyên giá",
        AssetEventKind.Transfer => "Điều chuyển",
        AssetEventKind.Recover => "Thu hồi",
        AssetEventKind.Sell => "Bán",
        AssetEventKind.Liquidate => "Thanh lý",
        AssetEventKind.Destroy => "Tiêu hủy",
        AssetEventKind.WriteOffLoss => "Xử lý mất, hủy hoại",
        AssetEventKind.StocktakeSurplus => "Ghi tăng tài sản thừa khi kiểm kê",
    };

    public static string VietnameseName(this AssetAction value) => value.Event().VietnameseName();

    /// <summary>The history entry an action leaves and the authority action the delegation rules know it by (NĐ 165/2017 Art. 18–29).</summary>
    public static AssetEventKind Event(this AssetAction value) => value switch
    {
        AssetAction.Transfer => AssetEventKind.Transfer,
        AssetAction.Recover => AssetEventKind.Recover,
        AssetAction.Sell => AssetEventKind.Sell,
        AssetAction.Liquidate => AssetEventKind.Liquidate,
        AssetAction.Destroy => AssetEventKind.Destroy,
        AssetAction.WriteOffLoss => AssetEventKind.WriteOffLoss,
        AssetAction.RecordSurplus => AssetEventKind.StocktakeSurplus,
    };

    public static Authority.AuthorityAction Authority(this AssetAction value) => value switch
    {
        AssetAction.Transfer => Domain.Authority.AuthorityAction.Transfer,
        AssetAction.Recover => Domain.Authority.AuthorityAction.Recover,
        AssetAction.Sell => Domain.Authority.AuthorityAction.Sell,
        AssetAction.Liquidate => Domain.Authority.AuthorityAction.Liquidate,
        AssetAction.Destroy => Domain.Authority.AuthorityAction.Destroy,
        AssetAction.WriteOffLoss => Domain.Authority.AuthorityAction.WriteOffLoss,

        // Putting an asset found in a stocktake on the unit's books is read as allocating it to the unit (NĐ 165/2017 Art. 9; our reading, unverified).
        AssetAction.RecordSurplus => Domain.Authority.AuthorityAction.Allocate,
    };

    /// <summary>Where the asset stands after the action: a transfer or recovery keeps it in use at the receiving unit.</summary>
    public static AssetStatus After(this AssetAction value) => value switch
    {
        AssetAction.Transfer or AssetAction.Recover => AssetStatus.InUse,
        AssetAction.Sell => AssetStatus.Sold,
        AssetAction.Liquidate => AssetStatus.Liquidated,
        AssetAction.Destroy => AssetStatus.Destroyed,
        AssetAction.WriteOffLoss => AssetStatus.WrittenOff,
        AssetAction.RecordSurplus => AssetStatus.InUse,
    };

    public static bool MovesToUnit(this AssetAction value) => value is AssetAction.Transfer or AssetAction.Recover;
}
