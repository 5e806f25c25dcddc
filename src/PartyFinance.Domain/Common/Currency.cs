namespace PartyFinance.Domain.Common;

/// <summary>An ISO 4217 currency and how many minor units it has. VND has none: amounts are whole đồng.</summary>
public sealed record Currency(string Code, int MinorUnits, string Symbol)
{
    public static readonly Currency Vnd = new("VND", 0, "đ");

    public override string ToString() => Code;
}
