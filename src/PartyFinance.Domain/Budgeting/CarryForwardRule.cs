namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// One row of db/budget/carry-forward.csv: a category of Luật 89/2025 Art. 66.3 the software can
/// recognise (by <see cref="Rule"/>), its letter and source. Absent rows carry nothing.
/// </summary>
public sealed record CarryForwardRule(string Letter, string Rule, DateOnly ValidFrom, DateOnly? ValidTo, string Source, string Verified)
{
    /// <summary>66.3.e: kinh phí được giao tự chủ — the whole unspent autonomous estimate.</summary>
    public const string AutonomousFunding = "autonomous-funding";

    /// <summary>66.3.d: purchases/repairs with a contract signed (or tender finished) by 31/12.</summary>
    public const string ContractSignedByYearEnd = "contract-signed-by-year-end";

    /// <summary>The rule that cancels what no category carries (its source is cited on each cancelled line).</summary>
    public const string Cancellation = "cancellation";

    public bool AppliesTo(int budgetYear)
    {
        var dec31 = new DateOnly(budgetYear, 12, 31);
        return ValidFrom <= dec31 && (ValidTo is null || dec31 <= ValidTo);
    }

    public string Citation => Letter.Length == 0 ? Source : $"{Source}, điểm {Letter}";
}
