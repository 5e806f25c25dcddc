namespace PartyFinance.Domain.Common;

/// <summary>
/// Rounding is always named, because the legal text names it: TT 23/2023 rounds wear up
/// ("cộng thêm 01 vào phần số nguyên"); most other rules round half away from zero.
/// </summary>
public enum RoundingRule
{
    HalfAwayFromZero,
    Up,
    Down,
}
