namespace PartyFinance.Domain.Authority;

/// <summary>The engine's answer: who decides, under which rule set and rule (row), with what citation.</summary>
public sealed record AuthorityDecision(
    Decider Decider,
    string RuleSetName,
    string DecisionNo,
    string Citation,
    string? RequiresOpinion,
    int RuleRow)
{
    /// <summary>"Bắc Ninh 332-QĐ/TU, dòng 7: Điều 3 khoản 1 …" — recorded with every approval.</summary>
    public string RuleApplied =>
        $"{RuleSetName}, dòng {RuleRow.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {Citation}";
}
