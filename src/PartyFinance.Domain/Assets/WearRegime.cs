using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Assets;

/// <summary>
/// How wear is rounded to whole đồng in a fiscal year (db/assets/wear-regimes.csv): TT 23/2023 rounds
/// up ("cộng thêm 01 vào phần số nguyên"); TT 141/2025 Art. 5.1 refers to the accounting law, read
/// here as half away from zero. <see cref="TransitionYear"/> is the first year of a regime whose
/// Art. 18.1 spreads the residual over the remaining new life.
/// </summary>
public sealed record WearRegime(string Code, DateOnly ValidFrom, DateOnly? ValidTo, RoundingRule Rounding, int? TransitionYear, string Source, string Verified)
{
    public bool AppliesTo(int year) => ValidFrom <= new DateOnly(year, 12, 31) && (ValidTo is null || new DateOnly(year, 1, 1) <= ValidTo);
}
