namespace PartyFinance.Infrastructure.Persistence.Records;

/// <summary>Row of reference_files: which version (hash) of each db/ reference file is loaded.</summary>
public sealed class ReferenceFileRecord
{
    public string FileName { get; set; } = string.Empty;

    public string Sha256 { get; set; } = string.Empty;

    public int Rows { get; set; }

    public string LoadedBy { get; set; } = string.Empty;

    public DateTimeOffset LoadedAt { get; set; }
}
