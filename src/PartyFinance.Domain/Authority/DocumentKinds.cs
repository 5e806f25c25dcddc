namespace PartyFinance.Domain.Authority;

/// <summary>Slugs of <see cref="DocumentKind"/> as written in rule files and on the command line.</summary>
public static class DocumentKinds
{
    private static readonly SlugTable<DocumentKind> Table = new(
        (DocumentKind.SpendingRequest, "spending-request"),
        (DocumentKind.PurchaseProposal, "purchase-proposal"),
        (DocumentKind.AssetAction, "asset-action"),
        (DocumentKind.Voucher, "voucher"),
        (DocumentKind.RecurringPlan, "recurring-plan"));

    public static IEnumerable<string> Slugs => Table.Slugs;

    public static string ToSlug(this DocumentKind value) => Table.ToSlug(value);

    public static bool TryParse(string? slug, out DocumentKind value) => Table.TryParse(slug, out value);
}
