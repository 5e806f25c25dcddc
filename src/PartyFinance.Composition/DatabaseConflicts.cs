using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Composition;

/// <summary>
/// For hosts that cannot see Infrastructure (the web application): whether a failure means the whole unit of work may
/// run again (a PostgreSQL conflict, or a connection refused before any work), how often, and how long to wait.
/// </summary>
public static class DatabaseConflicts
{
    public static int Attempts => TransientFailure.Attempts;

    public static bool IsTransient(Exception e) => TransientFailure.IsTransient(e);

    public static TimeSpan Delay(int attempt) => TransientFailure.Delay(attempt);
}
