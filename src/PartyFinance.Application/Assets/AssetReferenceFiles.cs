using System.Globalization;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using AssetClass = PartyFinance.Domain.Authority.AssetClass;

namespace PartyFinance.Application.Assets;

/// <summary>
/// The asset rules shipped in db/assets that are read from files: groups (accounts, authority class,
/// worn or not), wear regimes (rounding, transition year, thresholds) and funding-share rules. Classes
/// live in the database (seeded by `db init`, replaced by `asset class import`). Every bad cell is
/// reported with file, row and column.
/// </summary>
public sealed record AssetReference(IReadOnlyList<AssetGroup> Groups, IReadOnlyList<WearRegime> Regimes, IReadOnlyList<FundingShareRule> Shares)
{
    /// <summary>Budget items on which a spending request buys a fixed asset (db/assets/purchase-items.csv); none when the file is absent.</summary>
    public IReadOnlyList<PurchaseItemRule> PurchaseItems { get; init; } = [];

    public AssetCatalogue With(IReadOnlyList<FixedAssetClass> classes) => new(classes, Groups, Regimes, Shares);
}

public static class AssetReferenceFiles
{
    public static readonly string[] ClassColumns =
        ["code", "name", "group", "useful_life_years", "annual_rate_percent", "valid_from", "valid_to", "source", "verified"];

    public static Result<AssetReference> LoadDirectory(string directory)
    {
        using var groups = File.OpenText(Path.Combine(directory, "asset-groups.csv"));
        using var regimes = File.OpenText(Path.Combine(directory, "wear-regimes.csv"));
        using var shares = File.OpenText(Path.Combine(directory, "funding-shares.csv"));
        var loaded = Load(groups, regimes, shares);
        var itemsFile = Path.Combine(directory, "purchase-items.csv");
        if (loaded.IsFailure || !File.Exists(itemsFile))
        {
            return loaded;
        }

        using var items = File.OpenText(itemsFile);
        var read = ReadPurchaseItems(items);
        return read.IsFailure ? Result.Failure<AssetReference>(read.Errors) : Result.Success(loaded.Value with { PurchaseItems = read.Value });
    }

    /// <summary>db/assets/purchase-items.csv: four-digit item ranges, required|optional asset details, dates, source and verified mark.</summary>
    public static Result<IReadOnlyList<PurchaseItemRule>> ReadPurchaseItems(TextReader content)
    {
        var errors = new List<DomainError>();
        var rows = BudgetReferenceFiles.Read(content, "purchase-items.csv",
            ["item_from", "item_to", "asset_details", "name", "valid_from", "valid_to", "source", "verified"], errors, (h, r, e) =>
            {
                var from = h.Get(r, "item_from");
                var to = h.Get(r, "item_to");
                foreach (var (column, value) in new[] { ("item_from", from), ("item_to", to) })
                {
                    if (value.Length != 4 || !value.All(char.IsAsciiDigit))
                    {
                        Bad(e, column, value, 0);
                    }
                }

                if (string.CompareOrdinal(from, to) > 0)
                {
                    e.Add(new DomainError(ImportErrors.BadValue, $"item_from {from} sau item_to {to}.", "item_to"));
                }

                var details = h.Get(r, "asset_details") switch
                {
                    "required" => AssetDetails.Required,
                    "optional" => AssetDetails.Optional,
                    var other => Bad(e, "asset_details", other, AssetDetails.Required),
                };
                var verified = h.Get(r, "verified");
                if (verified is not ("V" or "S" or "U"))
                {
                    Bad(e, "verified", verified, 0);
                }

                return new PurchaseItemRule(from, to, details, h.Get(r, "name"), BudgetReferenceFiles.Date(h, r, "valid_from", e) ?? DateOnly.MinValue,
                    BudgetReferenceFiles.Date(h, r, "valid_to", e), h.Get(r, "source"), verified);
            });
        return errors.Count > 0 ? Result.Failure<IReadOnlyList<PurchaseItemRule>>(errors) : Result.Success<IReadOnlyList<PurchaseItemRule>>(rows);
    }

    public static Result<AssetReference> Load(TextReader groups, TextReader regimes, TextReader shares)
    {
        var errors = new List<DomainError>();
        var g = BudgetReferenceFiles.Read(groups, "asset-groups.csv",
            ["group", "name", "asset_account", "wear_account", "authority_class", "always_fixed", "worn", "budget_item", "valid_from", "valid_to", "source", "verified",
                "conventional_cost"], errors,
            (h, r, e) => new AssetGroup(h.Get(r, "group"), h.Get(r, "name"), h.Get(r, "asset_account"), h.Get(r, "wear_account"),
                AssetClasses.TryParse(h.Get(r, "authority_class"), out var c) ? c : Bad(e, "authority_class", h.Get(r, "authority_class"), AssetClass.Other),
                YesNo(h, r, "always_fixed", e), YesNo(h, r, "worn", e), h.Get(r, "budget_item"),
                BudgetReferenceFiles.Date(h, r, "valid_from", e) ?? DateOnly.MinValue, BudgetReferenceFiles.Date(h, r, "valid_to", e),
                h.Get(r, "source"), h.Get(r, "verified"), YesNo(h, r, "conventional_cost", e)));
        var w = BudgetReferenceFiles.Read(regimes, "wear-regimes.csv",
            ["code", "valid_from", "valid_to", "rounding", "transition_year", "fixed_asset_threshold", "minimum_life_years", "special_asset_value", "source", "verified"], errors,
            (h, r, e) => new WearRegime(h.Get(r, "code"), BudgetReferenceFiles.Date(h, r, "valid_from", e) ?? DateOnly.MinValue, BudgetReferenceFiles.Date(h, r, "valid_to", e),
                h.Get(r, "rounding") switch
                {
                    "up" => RoundingRule.Up,
                    "down" => RoundingRule.Down,
                    "half-away-from-zero" => RoundingRule.HalfAwayFromZero,
                    var other => Bad(e, "rounding", other, RoundingRule.HalfAwayFromZero),
                },
                h.Get(r, "transition_year").Length == 0 ? null : BudgetReferenceFiles.Int(h, r, "transition_year", e),
                Long(h, r, "fixed_asset_threshold", e), BudgetReferenceFiles.Int(h, r, "minimum_life_years", e), Long(h, r, "special_asset_value", e), h.Get(r, "source"), h.Get(r, "verified")));
        var s = BudgetReferenceFiles.Read(shares, "funding-shares.csv",
            ["share", "fund_source", "authority_funding", "valid_from", "valid_to", "source", "verified"], errors,
            (h, r, e) => new FundingShareRule(
                FundingShares.TryParse(h.Get(r, "share"), out var share) ? share : Bad(e, "share", h.Get(r, "share"), FundingShare.Other),
                h.Get(r, "fund_source"),
                Fundings.TryParse(h.Get(r, "authority_funding"), out var f) ? f : Bad(e, "authority_funding", h.Get(r, "authority_funding"), Funding.Any),
                BudgetReferenceFiles.Date(h, r, "valid_from", e) ?? DateOnly.MinValue, BudgetReferenceFiles.Date(h, r, "valid_to", e),
                h.Get(r, "source"), h.Get(r, "verified")));
        return errors.Count > 0 ? Result.Failure<AssetReference>(errors) : Result.Success(new AssetReference(g, w, s));
    }

    /// <summary>
    /// Reads an asset-class table (db/assets/asset-classes.csv or a corrected one for `asset class
    /// import`); errors name row and column — and <paramref name="file"/> in the message when given (a
    /// shipped file; an import's edge names its file itself) — and a class must name a known group.
    /// </summary>
    public static Result<IReadOnlyList<FixedAssetClass>> ReadClasses(TextReader text, string? file, AssetReference reference)
    {
        var errors = new List<DomainError>();
        var classes = BudgetReferenceFiles.Read(text, file, ClassColumns, errors, (h, r, e) =>
        {
            var group = h.Get(r, "group");
            if (reference.Groups.All(g => g.Code != group))
            {
                e.Add(new DomainError(AssetErrors.GroupUnknown,
                    $"Nhóm '{group}' không có trong db/assets/asset-groups.csv (dùng: {string.Join(", ", reference.Groups.Select(g => g.Code).Distinct())}).", "group"));
            }

            var life = BudgetReferenceFiles.Int(h, r, "useful_life_years", e);
            var rateText = h.Get(r, "annual_rate_percent");
            if (!decimal.TryParse(rateText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) || rate > 100 || decimal.Round(rate, 2) != rate)
            {
                e.Add(new DomainError(AssetErrors.BadField, $"Tỷ lệ hao mòn '{rateText}' phải là số phần trăm từ 0 đến 100, tối đa 2 chữ số thập phân (dấu chấm).", "annual_rate_percent"));
            }

            var worn = reference.Groups.Any(g => g.Code == group && g.Worn);
            if (worn && (life <= 0 || rate <= 0))
            {
                e.Add(new DomainError(AssetErrors.BadField, "Loại tài sản có tính hao mòn phải có thời gian sử dụng và tỷ lệ hao mòn dương.", life <= 0 ? "useful_life_years" : "annual_rate_percent"));
            }

            var verified = h.Get(r, "verified");
            if (verified is not ("V" or "S" or "U"))
            {
                e.Add(new DomainError(AssetErrors.BadField, $"Cột verified phải là V, S hoặc U (đang là '{verified}').", "verified"));
            }

            var from = BudgetReferenceFiles.Date(h, r, "valid_from", e) ?? DateOnly.MinValue;
            var to = BudgetReferenceFiles.Date(h, r, "valid_to", e);
            if (to is { } t && t < from)
            {
                e.Add(new DomainError(AssetErrors.BadField, "valid_to trước valid_from.", "valid_to"));
            }

            if (h.Get(r, "code").Length == 0 || h.Get(r, "name").Length == 0)
            {
                e.Add(new DomainError(AssetErrors.BadField, "Thiếu mã hoặc tên loại tài sản.", h.Get(r, "code").Length == 0 ? "code" : "name"));
            }
            else if (VietnameseInput.CodeProblem(h.Get(r, "code")) is { } bad)
            {
                e.Add(new DomainError(AssetErrors.BadField, "Mã loại tài sản " + bad, "code"));
            }

            return new FixedAssetClass(h.Get(r, "code"), h.Get(r, "name"), group, life, rate, from, to, h.Get(r, "source"), verified);
        });
        errors.AddRange(Overlaps(classes));
        return errors.Count > 0 ? Result.Failure<IReadOnlyList<FixedAssetClass>>(errors) : Result.Success<IReadOnlyList<FixedAssetClass>>(classes);
    }

    /// <summary>Two rows of one class whose dates overlap would make the rate of a year ambiguous.</summary>
    public static IEnumerable<DomainError> Overlaps(IReadOnlyList<FixedAssetClass> classes) =>
        classes.GroupBy(c => c.Code, StringComparer.OrdinalIgnoreCase)
            .SelectMany(g => g.OrderBy(c => c.ValidFrom).Zip(g.OrderBy(c => c.ValidFrom).Skip(1)))
            .Where(p => p.First.ValidTo is null || p.First.ValidTo >= p.Second.ValidFrom)
            .Select(p => new DomainError(AssetErrors.BadField,
                $"Loại '{p.First.Code}' có hai dòng hiệu lực chồng nhau (từ {VietnameseFormat.Date(p.First.ValidFrom)} và từ {VietnameseFormat.Date(p.Second.ValidFrom)}).", "valid_from"));

    private static bool YesNo(CsvHeader h, IReadOnlyList<string> r, string column, List<DomainError> e) => h.Get(r, column) switch
    {
        "yes" => true,
        "no" => false,
        var other => Bad(e, column, other, false),
    };

    private static long Long(CsvHeader h, IReadOnlyList<string> r, string column, List<DomainError> e) =>
        long.TryParse(h.Get(r, column), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : Bad(e, column, h.Get(r, column), 0L);

    private static T Bad<T>(List<DomainError> e, string column, string value, T fallback)
    {
        e.Add(new DomainError(ImportErrors.BadValue, $"Giá trị '{value}' không hợp lệ.", column));
        return fallback;
    }
}
