namespace PartyFinance.Domain.Authority;

/// <summary>Whether the value is tested per asset (original cost) or per package (procurement package / task).</summary>
public enum ValueBasis
{
    PerAsset,
    PerPackage,
}
