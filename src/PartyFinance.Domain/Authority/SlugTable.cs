namespace PartyFinance.Domain.Authority;

/// <summary>
/// Two-way mapping between an enum and its slugs, still used by the asset enums (Assets/AssetCodes,
/// FundingShare). Every other enum declares its code and Vietnamese name in a <see cref="Common.CodeTable{T}"/>
/// listed in <see cref="Common.StableCodes"/>; the asset enums are to move there too.
/// </summary>
internal sealed class SlugTable<T>
    where T : struct, Enum
{
    private readonly (T Value, string Slug)[] _rows;

    public SlugTable(params (T Value, string Slug)[] rows) => _rows = rows;

    public IEnumerable<string> Slugs => _rows.Select(r => r.Slug);

    public string ToSlug(T value)
    {
        foreach (var row in _rows)
        {
            if (EqualityComparer<T>.Default.Equals(row.Value, value))
            {
                return row.Slug;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "No slug for this value.");
    }

    public bool TryParse(string? slug, out T value)
    {
        foreach (var row in _rows)
        {
            if (string.Equals(row.Slug, slug?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = row.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
