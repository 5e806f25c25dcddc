namespace PartyFinance.Infrastructure.Persistence.Records;

/// <summary>Row of import_batches: one import file, its hash, counts, who and when.</summary>
public sealed class ImportBatchRecord
{
    public long Id { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string FileName { get; set; } = string.Empty;

    public string Sha256 { get; set; } = string.Empty;

    public int Rows { get; set; }

    public int Stored { get; set; }

    public int Skipped { get; set; }

    public string ImportedBy { get; set; } = string.Empty;

    public DateTimeOffset ImportedAt { get; set; }
}
