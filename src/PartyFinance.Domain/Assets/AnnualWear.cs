using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Assets;

/// <summary>
/// The year's wear (hao mòn) of one fixed asset, computed once a year in December (TT 141/2025
/// Art. 12.1): original cost × annual rate (Art. 14.1), whole đồng by the regime's rounding; the last
/// year of life takes cost − accumulated (Art. 14.11), so the residual ends at exactly 0 and never
/// below. An asset in use before a regime's transition year (TT 141 Art. 18.1) is worn from then on at
/// (residual at the end of the year before the transition) ÷ (new life − years already worn), and one
/// already past its new life takes its whole residual in the transition year.
/// </summary>
public static class AnnualWear
{
    public const string BadInput = "assets.wear-input";

    /// <param name="cost">Original cost (nguyên giá), whole đồng.</param>
    /// <param name="accumulated">Accumulated wear at the end of the year before.</param>
    /// <param name="yearsWorn">Years of wear already booked (0 in the year it came into use).</param>
    /// <param name="transition">For an asset carried into a new regime: its residual and years worn at the end of the year before the transition.</param>
    public static Result<long> For(long cost, long accumulated, int yearsWorn, FixedAssetClass assetClass, RoundingRule rounding,
        (long Residual, int YearsWorn)? transition = null)
    {
        if (cost <= 0 || accumulated < 0 || accumulated > cost || yearsWorn < 0 || assetClass.UsefulLifeYears <= 0)
        {
            return new DomainError(BadInput,
                $"Nguyên giá {VietnameseFormat.Amount(cost)}, hao mòn lũy kế {VietnameseFormat.Amount(accumulated)} và thời gian sử dụng {assetClass.UsefulLifeYears} năm không hợp lệ để tính hao mòn.",
                "original_cost");
        }

        var residual = cost - accumulated;
        if (residual == 0 || assetClass.UsefulLifeYears - yearsWorn <= 1)
        {
            return Result.Success(residual);
        }

        Money wear;
        if (transition is { } t)
        {
            var remaining = assetClass.UsefulLifeYears - t.YearsWorn;
            if (remaining <= 1)
            {
                return Result.Success(residual);
            }

            wear = Money.Vnd(t.Residual).Multiply(1m / remaining, rounding);
        }
        else
        {
            wear = Money.Vnd(cost).Multiply(assetClass.AnnualRatePercent / 100m, rounding);
        }

        return Result.Success(Math.Min(wear.MinorUnits, residual));
    }
}
