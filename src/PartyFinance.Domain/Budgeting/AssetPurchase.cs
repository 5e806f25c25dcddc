namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// The fixed asset a spending request buys (a request on an asset purchase item, db/assets/purchase-items.csv):
/// the card its payment opens — code, name, asset class, where it stands and who keeps it.
/// </summary>
public sealed record AssetPurchase(string Code, string Name, string ClassCode, string? Location, string? Custodian);
