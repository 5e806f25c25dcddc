using System.Net.Sockets;
using Npgsql;

namespace PartyFinance.Infrastructure.Persistence;

/// <summary>Why a unit of work may simply run again.</summary>
public enum TransientKind
{
    /// <summary>Serialization failure (40001) or deadlock (40P01): the server rolled the whole transaction back.</summary>
    Conflict,

    /// <summary>The server refused the connection, is starting up (57P03) or has no free connection (53300): nothing was sent.</summary>
    Unavailable,
}

/// <summary>
/// PostgreSQL's answers that say "try again": serialization_failure (40001) and deadlock_detected (40P01) roll
/// the whole transaction back, so the whole unit of work can run again; a connection the server refused, or
/// refused because it is starting up or full, never started any work. A connection lost once open is not
/// retried: one lost during a commit may have reached the server, so running again could do the work twice.
/// </summary>
public static class TransientFailure
{
    /// <summary>How often a unit of work runs at most: the first attempt and four retries, waiting 0,2 s, 0,4 s, 0,8 s, 1,6 s (plus up to 0,1 s).</summary>
    public const int Attempts = 5;

    public static bool IsTransient(Exception e) => Classify(e) is not null;

    public static TransientKind? Classify(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            switch (x)
            {
                case PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected }:
                    return TransientKind.Conflict;
                case PostgresException { SqlState: PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections }:
                    return TransientKind.Unavailable;
                case NpgsqlException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } }:
                    return TransientKind.Unavailable;
            }
        }

        return null;
    }

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1: doubling from 0,2 s, plus up to 0,1 s so concurrent retries spread.</summary>
    public static TimeSpan Delay(int attempt) => TimeSpan.FromMilliseconds((100 << attempt) + Random.Shared.Next(100));

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
                await Task.Delay(Delay(i), ct);
            }
        }
    }
}
