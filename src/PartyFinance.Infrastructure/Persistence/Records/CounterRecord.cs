namespace PartyFinance.Infrastructure.Persistence.Records;

/// <summary>Row of counters: identifiers handed out by the application (and the posting lock row).</summary>
public sealed class CounterRecord
{
    public string Name { get; set; } = string.Empty;

    public long Value { get; set; }
}
