using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Assets;

/// <summary>Where a stocktake sheet stands.</summary>
public enum StocktakeStatus
{
    Open,
    Closed,
}

/// <summary>
/// A line of a stocktake sheet: an asset the register expected at the unit, or one the count found
/// that the register does not know (a surplus, with what the counting team wrote down about it).
/// </summary>
public sealed record StocktakeLine(
    string AssetCode,
    bool Expected,
    bool? Found,
    string? Note,
    string? Name = null,
    string? ClassCode = null,
    long? OriginalCost = null,
    long? AccumulatedWear = null,
    DateOnly? InService = null,
    string? Sector = null)
{
    public bool IsShortage => Expected && Found == false;

    public bool IsSurplus => !Expected && Found == true;
}

/// <summary>
/// The yearly stocktake of a unit's fixed assets (kiểm kê, TT 141/2025 Art. 5.2.b): started on a date
/// with the register's list, counted (a count file may be given again until the sheet is closed),
/// closed once every expected asset has been counted — shortages and surpluses then go to the body the
/// delegation rules name, through an approval each.
/// </summary>
public sealed class Stocktake(long id, string unit, DateOnly date, StocktakeStatus status, IReadOnlyList<StocktakeLine> lines, string startedBy,
    DateTimeOffset startedAt, string? closedBy = null, DateTimeOffset? closedAt = null)
{
    public long Id { get; } = id;

    public string Unit { get; } = unit;

    public DateOnly Date { get; } = date;

    public StocktakeStatus Status { get; private set; } = status;

    public IReadOnlyList<StocktakeLine> Lines { get; private set; } = lines;

    public string StartedBy { get; } = startedBy;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public string? ClosedBy { get; private set; } = closedBy;

    public DateTimeOffset? ClosedAt { get; private set; } = closedAt;

    /// <summary>A new sheet listing every asset the unit holds in use on <paramref name="date"/>.</summary>
    public static Stocktake Start(long id, string unit, DateOnly date, IEnumerable<FixedAsset> assets, string by, DateTimeOffset at) =>
        new(id, unit, date, StocktakeStatus.Open,
            assets.Where(a => a.InService <= date && a.Events[0].Date <= date)
                .Where(a => a.At(date) is { Status: AssetStatus.InUse } s && string.Equals(s.Unit, unit, StringComparison.OrdinalIgnoreCase))
                .Select(a => new StocktakeLine(a.Code, true, null, null)).ToList(),
            by, at);

    /// <summary>Replaces the count: every line of <paramref name="counted"/> must be an expected asset or a surplus described in full.</summary>
    public Result Count(IReadOnlyList<StocktakeLine> counted)
    {
        if (Status != StocktakeStatus.Open)
        {
            return Result.Failure(AssetErrors.Error(AssetErrors.SheetClosed, $"Phiếu kiểm kê số {N(Id)} đã đóng."));
        }

        var expected = Lines.Where(l => l.Expected).ToDictionary(l => l.AssetCode, StringComparer.OrdinalIgnoreCase);
        var merged = expected.Values.Select(l => l with { Found = null, Note = null }).ToDictionary(l => l.AssetCode, StringComparer.OrdinalIgnoreCase);
        foreach (var c in counted)
        {
            merged[c.AssetCode] = expected.TryGetValue(c.AssetCode, out var e) ? e with { Found = c.Found, Note = c.Note } : c with { Expected = false };
        }

        Lines = merged.Values.OrderBy(l => l.AssetCode, StringComparer.Ordinal).ToList();
        return Result.Success();
    }

    /// <summary>Closes the sheet; refused while an expected asset has not been counted.</summary>
    public Result Close(string by, DateTimeOffset at)
    {
        if (Status != StocktakeStatus.Open)
        {
            return Result.Failure(AssetErrors.Error(AssetErrors.SheetClosed, $"Phiếu kiểm kê số {N(Id)} đã đóng."));
        }

        var missing = Lines.Where(l => l.Expected && l.Found is null).Select(l => l.AssetCode).ToList();
        if (missing.Count > 0)
        {
            return Result.Failure(AssetErrors.Error(AssetErrors.BadField,
                $"Phiếu kiểm kê số {N(Id)} chưa có kết quả kiểm đếm của {missing.Count} tài sản: {string.Join(", ", missing.Take(20))}{(missing.Count > 20 ? " …" : string.Empty)}.", "code"));
        }

        (Status, ClosedBy, ClosedAt) = (StocktakeStatus.Closed, by, at);
        return Result.Success();
    }

    private static string N(long n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
