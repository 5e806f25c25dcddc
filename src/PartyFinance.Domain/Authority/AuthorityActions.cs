namespace PartyFinance.Domain.Authority;

/// <summary>Slugs of <see cref="AuthorityAction"/> as written in rule files and on the command line.</summary>
public static class AuthorityActions
{
    private static readonly SlugTable<AuthorityAction> Table = new(
        (AuthorityAction.Purchase, "purchase"),
        (AuthorityAction.LeaseIn, "lease-in"),
        (AuthorityAction.Allocate, "allocate"),
        (AuthorityAction.Transfer, "transfer"),
        (AuthorityAction.Recover, "recover"),
        (AuthorityAction.Sell, "sell"),
        (AuthorityAction.Liquidate, "liquidate"),
        (AuthorityAction.Destroy, "destroy"),
        (AuthorityAction.WriteOffLoss, "write-off-loss"),
        (AuthorityAction.CommercialUse, "commercial-use"),
        (AuthorityAction.Spend, "spend"));

    public static IEnumerable<string> Slugs => Table.Slugs;

    public static string ToSlug(this AuthorityAction value) => Table.ToSlug(value);

    public static bool TryParse(string? slug, out AuthorityAction value) => Table.TryParse(slug, out value);
}
