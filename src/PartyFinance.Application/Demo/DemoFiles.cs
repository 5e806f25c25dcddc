namespace PartyFinance.Application.Demo;

/// <summary>The shipped files the demo loads: the delegation rule sets and the sample approvers.</summary>
public sealed record DemoFiles(string RuleSets, string Approvers);
