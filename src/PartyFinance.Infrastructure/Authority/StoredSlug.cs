namespace PartyFinance.Infrastructure.Authority;

/// <summary>Reads a slug stored by this application back into its enum; a slug it cannot read means corrupt data and throws.</summary>
internal static class StoredSlug
{
    public delegate bool TryParse<T>(string? slug, out T value);

    public static T Parse<T>(string slug, TryParse<T> tryParse, string column) =>
        tryParse(slug, out var value) ? value : throw new InvalidOperationException($"Stored value '{slug}' in column {column} is not a known slug.");

    public static string Of(Domain.Authority.ApprovalEventKind kind) => kind switch
    {
        Domain.Authority.ApprovalEventKind.Submitted => "submitted",
        Domain.Authority.ApprovalEventKind.Approved => "approved",
        Domain.Authority.ApprovalEventKind.Rejected => "rejected",
        Domain.Authority.ApprovalEventKind.Released => "released",
        Domain.Authority.ApprovalEventKind.Withdrawn => "withdrawn",
    };

    public static bool TryParseEventKind(string? slug, out Domain.Authority.ApprovalEventKind kind)
    {
        foreach (var k in Enum.GetValues<Domain.Authority.ApprovalEventKind>())
        {
            if (string.Equals(Of(k), slug, StringComparison.Ordinal))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
