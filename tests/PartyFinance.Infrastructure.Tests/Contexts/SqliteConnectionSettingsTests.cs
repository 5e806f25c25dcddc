using Microsoft.EntityFrameworkCore;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Contexts;

/// <summary>
/// The SQLite pragmas are set once per native connection, which the driver's pool keeps across EF Core's opens: every open
/// must still find them — foreign keys enforced, the wait of the options it was opened with — also when options of another
/// wait limit share the native connection.
/// </summary>
public sealed class SqliteConnectionSettingsTests
{
    [Fact]
    public async Task EveryOpen_OfAPooledConnection_HasTheSettingsOfItsOptions()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, initialise: false);

        // 1.5 s and 2 s give the driver the same connection string (its timeout is whole seconds), so they share native connections.
        var shorter = db.Target with { Wait = new DatabaseWait(TimeSpan.FromMilliseconds(1500)) };
        var longer = db.Target with { Wait = new DatabaseWait(TimeSpan.FromSeconds(2)) };
        foreach (var (target, wait) in new[] { (shorter, 1500L), (shorter, 1500L), (longer, 2000L), (longer, 2000L), (shorter, 1500L) })
        {
            await using var context = target.CreateContext();
            Assert.Equal((1L, wait, "wal", 1L), (await PragmaAsync(context, "foreign_keys"), await PragmaAsync(context, "busy_timeout"),
                await TextPragmaAsync(context, "journal_mode"), await PragmaAsync(context, "synchronous")));
        }
    }

    [Fact]
    public async Task AConnectionOpenedAgain_StillRefusesARowWithoutItsParent()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, initialise: false);
        for (var i = 0; i < 3; i++)
        {
            await using var context = db.Target.CreateContext();
            await context.Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS parent (id INTEGER PRIMARY KEY); CREATE TABLE IF NOT EXISTS child (parent_id INTEGER NOT NULL REFERENCES parent(id));");
            await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => context.Database.ExecuteSqlRawAsync("INSERT INTO child (parent_id) VALUES (42)"));
        }
    }

    private static async Task<long> PragmaAsync(PartyFinanceDbContext context, string name) =>
        Convert.ToInt64(await ScalarAsync(context, name), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string> TextPragmaAsync(PartyFinanceDbContext context, string name) =>
        Convert.ToString(await ScalarAsync(context, name), System.Globalization.CultureInfo.InvariantCulture)!;

    private static async Task<object?> ScalarAsync(PartyFinanceDbContext context, string name)
    {
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();
        try
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "PRAGMA " + name;
            return await cmd.ExecuteScalarAsync();
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }
}
