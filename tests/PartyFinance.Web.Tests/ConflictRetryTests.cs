using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PartyFinance.Web.Startup;

namespace PartyFinance.Web.Tests;

/// <summary>The web's rerun of a request whose unit of work PostgreSQL rolled back (as the CLI reruns a command).</summary>
public sealed class ConflictRetryTests
{
    private static PostgresException Server(string sqlState) => new("xung đột", "ERROR", "ERROR", sqlState);

    private static DefaultHttpContext Post(string body)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Request.Body = new NonSeekable(bytes);
        context.Request.ContentLength = bytes.Length;
        return context;
    }

    [Fact]
    public async Task ASerializationFailure_RunsTheRequestAgain_WithTheSameBody_AndAnswersAsIfItHadNotHappened()
    {
        var context = Post("{\"decision\":\"12/QĐ\"}");
        var bodies = new List<string>();
        var retry = new ConflictRetry(async c =>
        {
            bodies.Add(await new StreamReader(c.Request.Body, leaveOpen: true).ReadToEndAsync());
            if (bodies.Count < 3)
            {
                c.Response.StatusCode = 500;
                c.Response.Headers["X-Lan"] = bodies.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                throw new InvalidOperationException("lưu", Server(PostgresErrorCodes.SerializationFailure));
            }

            c.Response.StatusCode = 200;
        }, NullLogger<ConflictRetry>.Instance);

        await retry.InvokeAsync(context);

        Assert.Equal(["{\"decision\":\"12/QĐ\"}", "{\"decision\":\"12/QĐ\"}", "{\"decision\":\"12/QĐ\"}"], bodies);
        Assert.Equal(200, context.Response.StatusCode);
        Assert.False(context.Response.Headers.ContainsKey("X-Lan"));
    }

    [Fact]
    public async Task AConflictThatKeepsComing_IsThrownAfterTheLastAttempt_AndOtherFailuresAtOnce()
    {
        var attempts = 0;
        var deadlock = new ConflictRetry(_ =>
        {
            attempts++;
            throw Server(PostgresErrorCodes.DeadlockDetected);
        }, NullLogger<ConflictRetry>.Instance);
        await Assert.ThrowsAsync<PostgresException>(() => deadlock.InvokeAsync(Post("a=1")));
        Assert.Equal(Composition.DatabaseConflicts.Attempts, attempts);

        attempts = 0;
        var unique = new ConflictRetry(_ =>
        {
            attempts++;
            throw Server(PostgresErrorCodes.UniqueViolation);
        }, NullLogger<ConflictRetry>.Instance);
        await Assert.ThrowsAsync<PostgresException>(() => unique.InvokeAsync(Post("a=1")));
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task AResponseAlreadyStarted_IsNeverRunAgain()
    {
        var attempts = 0;
        var context = Post("a=1");
        context.Features.Set<Microsoft.AspNetCore.Http.Features.IHttpResponseFeature>(new StartedResponse());
        var retry = new ConflictRetry(_ =>
        {
            attempts++;
            throw Server(PostgresErrorCodes.SerializationFailure);
        }, NullLogger<ConflictRetry>.Instance);

        await Assert.ThrowsAsync<PostgresException>(() => retry.InvokeAsync(context));
        Assert.Equal(1, attempts);
    }

    /// <summary>A request body as Kestrel gives it: readable once, not seekable.</summary>
    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Position { get => base.Position; set => throw new NotSupportedException(); }

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }

    private sealed class StartedResponse : Microsoft.AspNetCore.Http.Features.HttpResponseFeature
    {
        public override bool HasStarted => true;
    }
}
