namespace PartyFinance.Application.Demo;

/// <summary>The shipped delegation rule sets the demo loads (db/authority/bac-ninh-332-2021.csv next to the program).</summary>
public sealed record DemoRuleSets(string Path);
