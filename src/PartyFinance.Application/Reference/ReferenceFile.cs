namespace PartyFinance.Application.Reference;

/// <summary>Result of loading one versioned reference file from db/.</summary>
public sealed record ReferenceFile(string FileName, int Rows, bool Changed);
