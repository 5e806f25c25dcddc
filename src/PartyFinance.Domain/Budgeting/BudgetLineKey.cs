using System.Globalization;

namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// Identifies one estimate line: unit × budget year × fund source × autonomy × sector (Loại–Khoản,
/// "340-351") × budget item (Mục or Tiểu mục). <see cref="CarriedOver"/> marks the line of year n+1
/// that holds estimate carried from year n ("năm trước" accounts 0081x); it is false for the year's own estimate.
/// </summary>
public sealed record BudgetLineKey(
    string Unit,
    int Year,
    string FundSource,
    Autonomy Autonomy,
    string Sector,
    string BudgetItem,
    bool CarriedOver = false)
{
    /// <summary>The line of the next year that receives what this line carries forward.</summary>
    public BudgetLineKey CarryTarget() => this with { Year = Year + 1, CarriedOver = true };

    public override string ToString() =>
        string.Join('/', Unit, Year.ToString(CultureInfo.InvariantCulture), FundSource, Autonomy.Code(), Sector, BudgetItem)
        + (CarriedOver ? " (năm trước chuyển sang)" : string.Empty);
}
