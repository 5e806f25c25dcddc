using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Authority;

/// <summary>Codes and Vietnamese names of <see cref="ValueBasis"/>.</summary>
public static class ValueBases
{
    public static readonly CodeTable<ValueBasis> Table = new(
        (ValueBasis.PerAsset, "per-asset", "theo giá trị từng tài sản"),
        (ValueBasis.PerPackage, "per-package", "theo giá trị cả gói"));

    public static IEnumerable<string> Slugs => Table.Codes;

    public static string ToSlug(this ValueBasis value) => Table.Code(value);

    public static string VietnameseName(this ValueBasis value) => Table.Name(value);

    public static bool TryParse(string? code, out ValueBasis value) => Table.TryParse(code, out value);
}
