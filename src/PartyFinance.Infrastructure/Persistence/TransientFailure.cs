using Npgsql;

namespace PartyFinance.Infrastructure.Persistence;

/// <summary>
/// PostgreSQL's answers that say "try again": serialization_failure (40001) and deadlock_detected (40P01) roll
/// the whole transaction back, so the whole unit of work can run again. A lost or refused connection is not
/// retried: one lost during a commit may have reached the server, and one refused is reported at once.
/// </summary>
public static class TransientFailure
{
    /// <summary>How often a unit of work runs at most: the first attempt and four retries, waiting 0,2 s, 0,4 s, 0,8 s, 1,6 s (plus up to 0,1 s).</summary>
    public const int Attempts = 5;

    public static bool IsTransient(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> (the whole unit of work, from its first read) until it does not fail
    /// transiently, at most <see cref="Attempts"/> times with a doubling wait; <paramref name="retrying"/> hears of
    /// each retry. The last transient failure is thrown as it came.
    /// </summary>
    public static async Task<T> RetryAsync<T>(Func<Task<T>> attempt, Action<int, Exception>? retrying = null, CancellationToken ct = default)
    {
        for (var i = 1; ; i++)
        {
            try
            {
                return await attempt();
            }
            catch (Exception e) when (i < Attempts && IsTransient(e))
            {
                retrying?.Invoke(i, e);
                await Task.Delay(TimeSpan.FromMilliseconds((100 << i) + Random.Shared.Next(100)), ct);
            }
        }
    }
}
