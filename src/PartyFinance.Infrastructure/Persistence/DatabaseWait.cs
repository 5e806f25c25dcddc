namespace PartyFinance.Infrastructure.Persistence;

/// <summary>
/// How long a command waits for a database another writer holds (SQLite allows one writer at a
/// time), and who is told that it is waiting: the CLI prints one Vietnamese line, so a second
/// importer never waits in silence. Set by `--wait` or PARTYFINANCE_DB_WAIT (seconds, default 60).
/// </summary>
public sealed class DatabaseWait(TimeSpan limit, Action<TimeSpan>? onWaiting = null)
{
    public const string EnvironmentVariable = "PARTYFINANCE_DB_WAIT";

    private int _told;

    public static DatabaseWait Default { get; } = new(TimeSpan.FromSeconds(60));

    public TimeSpan Limit { get; } = limit;

    /// <summary>Called when a wait begins; tells the listener once per process run.</summary>
    public void Started()
    {
        if (Interlocked.Exchange(ref _told, 1) == 0)
        {
            onWaiting?.Invoke(Limit);
        }
    }
}
