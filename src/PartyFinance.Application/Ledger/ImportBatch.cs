namespace PartyFinance.Application.Ledger;

/// <summary>The record an import leaves behind: what file, how many rows, who and when.</summary>
public sealed record ImportBatch(string Kind, string FileName, string Sha256, int Rows, int Stored, int Skipped, string By, DateTimeOffset At);
