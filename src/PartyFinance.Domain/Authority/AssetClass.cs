namespace PartyFinance.Domain.Authority;

/// <summary>Asset classes that delegation rules distinguish. Any in a rule matches every class; in a question it means "not about one class" (spending).</summary>
public enum AssetClass
{
    PremisesLand,
    Car,
    Other,
    Any,
}
