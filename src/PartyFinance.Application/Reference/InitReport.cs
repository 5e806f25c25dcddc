namespace PartyFinance.Application.Reference;

/// <summary>What `db init` did: migrations applied now, the schema version reached, and each reference file loaded or unchanged.</summary>
public sealed record InitReport(IReadOnlyList<string> AppliedMigrations, string SchemaVersion, IReadOnlyList<ReferenceFile> Files);
