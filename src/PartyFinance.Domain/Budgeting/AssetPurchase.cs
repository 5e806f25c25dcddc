namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// The fixed asset a spending request buys (a request on an asset purchase item, db/assets/purchase-items.csv):
/// the card its payment opens — code, name, asset class, where it stands and who keeps it. When the unit
/// cost is below the fixed-asset threshold it buys a tool instead (<see cref="Tool"/>): its payment
/// receives the tool into the store (tools register) rather than opening a card.
/// </summary>
public sealed record AssetPurchase(string Code, string Name, string ClassCode, string? Location, string? Custodian, ToolPurchase? Tool = null)
{
    public bool IsTool => Tool is not null;
}

/// <summary>What a request that buys a tool receives: how many, in which measure (cái, bộ …).</summary>
public sealed record ToolPurchase(int Quantity, string Measure);
