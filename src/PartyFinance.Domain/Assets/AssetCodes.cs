using PartyFinance.Domain.Common;

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

    /// <summary>Its purchase payment was reversed before anything else touched it: the card left the register.</summary>
    PurchaseReversed,
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
    PurchaseReversed,
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

/// <summary>File, command-line and JSON codes of the asset enums and their Vietnamese names, declared once (<see cref="CodeTable{T}"/>).</summary>
public static class AssetCodes
{
    public static readonly CodeTable<AssetOrigin> Origins = new(
        (AssetOrigin.Purchase, "purchase", "Mua sắm"),
        (AssetOrigin.Investment, "investment", "Đầu tư xây dựng"),
        (AssetOrigin.TransferIn, "transfer-in", "Nhận điều chuyển"),
        (AssetOrigin.Gift, "gift", "Được tặng cho"),
        (AssetOrigin.StocktakeSurplus, "stocktake-surplus", "Phát hiện thừa khi kiểm kê"),
        (AssetOrigin.Other, "other", "Khác"));

    public static readonly CodeTable<AssetStatus> Statuses = new(
        (AssetStatus.InUse, "in-use", "Đang sử dụng"),
        (AssetStatus.Sold, "sold", "Đã bán"),
        (AssetStatus.Liquidated, "liquidated", "Đã thanh lý"),
        (AssetStatus.Destroyed, "destroyed", "Đã tiêu hủy"),
        (AssetStatus.WrittenOff, "written-off", "Đã xử lý mất, hủy hoại"),
        (AssetStatus.PurchaseReversed, "purchase-reversed", "Đã hủy ghi tăng (đảo chứng từ mua)"));

    public static readonly CodeTable<AssetEventKind> Events = new(
        (AssetEventKind.Opening, "opening", "Ghi sổ đầu kỳ"),
        (AssetEventKind.Purchase, "purchase", "Mua sắm"),
        (AssetEventKind.Wear, "wear", "Tính hao mòn"),
        (AssetEventKind.Upgrade, "upgrade", "Nâng cấp, thay đổi nguyên giá"),
        (AssetEventKind.Transfer, "transfer", "Điều chuyển"),
        (AssetEventKind.Recover, "recover", "Thu hồi"),
        (AssetEventKind.Sell, "sell", "Bán"),
        (AssetEventKind.Liquidate, "liquidate", "Thanh lý"),
        (AssetEventKind.Destroy, "destroy", "Tiêu hủy"),
        (AssetEventKind.WriteOffLoss, "write-off", "Xử lý mất, hủy hoại"),
        (AssetEventKind.StocktakeSurplus, "stocktake-surplus", "Ghi tăng tài sản thừa khi kiểm kê"),
        (AssetEventKind.PurchaseReversed, "purchase-reversed", "Đảo chứng từ mua sắm"));

    public static readonly CodeTable<AssetAction> Actions = new(
        (AssetAction.Transfer, "transfer", "Điều chuyển"),
        (AssetAction.Recover, "recover", "Thu hồi"),
        (AssetAction.Sell, "sell", "Bán"),
        (AssetAction.Liquidate, "liquidate", "Thanh lý"),
        (AssetAction.Destroy, "destroy", "Tiêu hủy"),
        (AssetAction.WriteOffLoss, "write-off", "Xử lý mất, hủy hoại"),
        (AssetAction.RecordSurplus, "record-surplus", "Ghi tăng tài sản thừa khi kiểm kê"));

    public static IEnumerable<string> OriginCodes => Origins.Codes;

    public static string Code(this AssetOrigin value) => Origins.Code(value);

    public static string Code(this AssetStatus value) => Statuses.Code(value);

    public static string Code(this AssetEventKind value) => Events.Code(value);

    public static string Code(this AssetAction value) => Actions.Code(value);

    public static bool TryParse(string? code, out AssetOrigin value) => Origins.TryParse(code, out value);

    public static bool TryParse(string? code, out AssetStatus value) => Statuses.TryParse(code, out value);

    public static bool TryParse(string? code, out AssetEventKind value) => Events.TryParse(code, out value);

    public static bool TryParse(string? code, out AssetAction value) => Actions.TryParse(code, out value);

    public static string VietnameseName(this AssetOrigin value) => Origins.Name(value);

    public static string VietnameseName(this AssetStatus value) => Statuses.Name(value);

    public static string VietnameseName(this AssetEventKind value) => Events.Name(value);

    public static string VietnameseName(this AssetAction value) => Actions.Name(value);

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
