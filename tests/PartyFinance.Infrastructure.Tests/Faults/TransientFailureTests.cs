using System.Net.Sockets;
using Npgsql;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Tests.Faults;

/// <summary>The retry around a unit of work: which failures run it again, how often at most, and what is never retried.</summary>
public sealed class TransientFailureTests
{
    private static PostgresException Server(string sqlState) => new("xung đột", "ERROR", "ERROR", sqlState);

    [Theory]
    [InlineData(PostgresErrorCodes.SerializationFailure)]
    [InlineData(PostgresErrorCodes.DeadlockDetected)]
    public async Task ASerializationFailureOrDeadlock_RunsTheWholeUnitAgain_UntilItIsDone(string sqlState)
    {
        var attempts = 0;
        var retries = new List<int>();

        var result = await TransientFailure.RetryAsync(() => ++attempts < 3 ? throw new InvalidOperationException("lưu", Server(sqlState)) : Task.FromResult("xong"),
            (n, _) => retries.Add(n));

        Assert.Equal(("xong", 3), (result, attempts));
        Assert.Equal([1, 2], retries);
    }

    [Fact]
    public async Task AFailureThatKeepsComing_IsThrownAfterTheLastAttempt()
    {
        var attempts = 0;

        var thrown = await Assert.ThrowsAsync<PostgresException>(() => TransientFailure.RetryAsync<int>(() =>
        {
            attempts++;
            throw Server(PostgresErrorCodes.DeadlockDetected);
        }));

        Assert.Equal((TransientFailure.Attempts, PostgresErrorCodes.DeadlockDetected), (attempts, thrown.SqlState));
    }

    [Theory]
    [InlineData(PostgresErrorCodes.UniqueViolation)]
    [InlineData(PostgresErrorCodes.CheckViolation)]
    [InlineData(PostgresErrorCodes.AdminShutdown)]
    public async Task AnyOtherFailure_IsNotRetried(string sqlState)
    {
        var attempts = 0;

        await Assert.ThrowsAsync<PostgresException>(() => TransientFailure.RetryAsync<int>(() =>
        {
            attempts++;
            throw Server(sqlState);
        }));

        Assert.Equal(1, attempts);
    }

    [Theory]
    [InlineData(PostgresErrorCodes.SerializationFailure, TransientKind.Conflict)]
    [InlineData(PostgresErrorCodes.DeadlockDetected, TransientKind.Conflict)]
    [InlineData(PostgresErrorCodes.CannotConnectNow, TransientKind.Unavailable)]
    [InlineData(PostgresErrorCodes.TooManyConnections, TransientKind.Unavailable)]
    public void ServerAnswers_AreClassifiedByWhetherWorkWasRolledBackOrNeverStarted(string sqlState, TransientKind kind) =>
        Assert.Equal(kind, TransientFailure.Classify(new InvalidOperationException("lưu", Server(sqlState))));

    [Fact]
    public void ARefusedConnection_IsTriedAgain_ButOneLostOnceOpen_IsNot()
    {
        var refused = new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused));
        var reset = new NpgsqlException("Exception while reading from stream", new IOException("reset", new SocketException((int)SocketError.ConnectionReset)));
        var timedOut = new NpgsqlException("Failed to connect", new SocketException((int)SocketError.TimedOut));

        Assert.Equal(TransientKind.Unavailable, TransientFailure.Classify(refused));
        Assert.Null(TransientFailure.Classify(reset));
        Assert.Null(TransientFailure.Classify(timedOut));
    }
}
