using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Infrastructure.Authority;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Persistence.Postgres;
using PartyFinance.Infrastructure.Persistence.SqlServer;
using PartyFinance.Infrastructure.Tests.Authority;
using PartyFinance.Infrastructure.Tests.Ledger;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Schema;

/// <summary>
/// Emptying an append-only table at once is refused like deleting its rows one by one: on PostgreSQL by BEFORE
/// TRUNCATE triggers, on SQL Server by the foreign keys of truncate_guards, on SQLite (no TRUNCATE) because DELETE
/// without WHERE runs the row triggers. Each test fills every protected table first, so a refusal is not an empty table's.
/// </summary>
public sealed class TruncateTests
{
    /// <summary>The tables the immutability and append-only triggers protect (those of SQLite's triggers, which SQL Server's match).</summary>
    private static readonly string[] Protected = ["approval_events", "approval_requests", "audit_events", "authority_rule_set_ends", "voucher_lines", "vouchers"];

    [Fact]
    public async Task OnSqlite_DeleteWithoutWhere_OfEveryProtectedTable_IsRefusedByItsRowTriggers()
    {
        await using var books = await FilledAsync(DatabaseProvider.Sqlite);
        await using var ef = books.Db.Target.CreateContext();
        Assert.Equal(Protected, await StringsAsync(ef, "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger' ORDER BY tbl_name"));
        var before = await CountsAsync(ef);

        foreach (var table in Protected)
        {
            var e = await Assert.ThrowsAnyAsync<DbException>(() => Execute(ef, $"DELETE FROM {table}"));
            Assert.Contains("không được sửa hoặc xóa", e.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await CountsAsync(ef));
    }

    [PostgresFact]
    public async Task OnPostgres_TruncateOfEveryProtectedTable_IsRefusedInVietnamese()
    {
        await using var books = await FilledAsync(DatabaseProvider.Postgres);
        await using var ef = books.Db.Target.CreateContext();

        // Every protected table has its own statement trigger (TRIGGER_TYPE_TRUNCATE is bit 5 of tgtype).
        Assert.Equal(Protected, await StringsAsync(ef,
            "SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal AND (t.tgtype & 32) <> 0 ORDER BY c.relname"));
        Assert.Equal(Protected, PostgresSchema.TruncateRefused.Select(t => t.Table).Append("audit_events").Order(StringComparer.Ordinal));
        var before = await CountsAsync(ef);

        foreach (var table in Protected)
        {
            // Alone, a table other tables reference would be refused by PostgreSQL's own foreign key check; CASCADE reaches the trigger.
            var alone = await Assert.ThrowsAnyAsync<DbException>(() => Execute(ef, $"TRUNCATE {table}"));
            var cascade = await Assert.ThrowsAnyAsync<DbException>(() => Execute(ef, $"TRUNCATE {table} CASCADE"));
            Assert.Contains("không được sửa hoặc xóa", cascade.Message, StringComparison.Ordinal);
            Assert.NotNull(alone);
        }

        foreach (var table in new[] { "voucher_lines", "approval_events", "authority_rule_set_ends", "audit_events" })
        {
            // No table references these: the refusal is their own trigger's.
            var e = await Assert.ThrowsAnyAsync<DbException>(() => Execute(ef, $"TRUNCATE {table}"));
            Assert.Contains("không được sửa hoặc xóa", e.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await CountsAsync(ef));
    }

    [PostgresFact]
    public async Task OnPostgres_ADroppedTruncateTrigger_LeavesTheSchemaFingerprint()
    {
        await using var books = await FilledAsync(DatabaseProvider.Postgres);
        Assert.Contains("trigger:trg_vouchers_no_truncate", (await FingerprintAsync(books.Db.Target)).Keys);
        await using (var ef = books.Db.Target.CreateContext())
        {
            await ef.Database.ExecuteSqlRawAsync("DROP TRIGGER trg_vouchers_no_truncate ON vouchers");
        }

        var after = await FingerprintAsync(books.Db.Target);
        Assert.DoesNotContain("trigger:trg_vouchers_no_truncate", after.Keys);
        Assert.Contains("trigger:trg_voucher_lines_no_truncate", after.Keys);
    }

    [SqlServerFact]
    public async Task OnSqlServer_TruncateOfEveryProtectedTable_IsRefusedByTheGuard()
    {
        await using var books = await FilledAsync(DatabaseProvider.SqlServer);
        await using var ef = books.Db.Target.CreateContext();
        Assert.Equal(Protected, await StringsAsync(ef,
            $"SELECT OBJECT_NAME(referenced_object_id) FROM sys.foreign_keys WHERE parent_object_id = OBJECT_ID(N'{SqlServerSchema.TruncateGuardTable}') ORDER BY 1"));
        var before = await CountsAsync(ef);

        foreach (var table in Protected)
        {
            var e = await Assert.ThrowsAsync<Microsoft.Data.SqlClient.SqlException>(() => Execute(ef, $"TRUNCATE TABLE {table}"));
            Assert.Equal(4712, e.Number);
        }

        Assert.Equal(before, await CountsAsync(ef));
        Assert.Contains("truncate-guard:FK_truncate_guards_vouchers", (await FingerprintAsync(books.Db.Target)).Keys);
        await ef.Database.ExecuteSqlRawAsync("ALTER TABLE truncate_guards DROP CONSTRAINT FK_truncate_guards_vouchers");
        Assert.DoesNotContain("truncate-guard:FK_truncate_guards_vouchers", (await FingerprintAsync(books.Db.Target)).Keys);
    }

    /// <summary>Books with a row in every protected table: a posted payment (vouchers, lines, the audit trail), a submitted approval and an ended rule set.</summary>
    private static async Task<Books> FilledAsync(DatabaseProvider provider)
    {
        var books = await Books.OpenAsync(provider);
        var import = await books.ImportAsync(Books.Payment("k1", "2025-02-10", 1_234_567));
        Assert.Equal(1, import.Stored);

        var store = new AuthorityStore(books.Db.Target);
        var clock = new FixedClock();
        await TestAccess.RegisterAsync(books.Db.Target, clock);
        var ended = await new EndRuleSet(store, TestAccess.Guard(books.Db.Target, clock), clock)
            .ExecuteAsync(new EndRuleSetRequest("Quy chế chi tiêu nội bộ — mẫu", new DateOnly(2025, 12, 31), "Quy chế mới", "admin"), CancellationToken.None);
        Assert.True(ended.IsSuccess, ended.IsFailure ? ended.FirstError.Message : null);

        await store.SaveRuleSetsAsync(AuthorityFixtures.ShippedRuleSets(), CancellationToken.None);
        var submitted = ApprovalRequest.Submit(Guid.NewGuid(), DocumentKind.PurchaseProposal, "TTr-12/BTG", "BTG", "clerk", AuthorityFixtures.BoardPurchase,
            await store.LoadRuleSetsAsync(CancellationToken.None), AuthorityFixtures.Morning);
        Assert.True(submitted.IsSuccess, submitted.IsFailure ? submitted.FirstError.Message : null);
        await store.SaveRequestAsync(submitted.Value, CancellationToken.None);

        await using var ef = books.Db.Target.CreateContext();
        Assert.All(await CountsAsync(ef), c => Assert.True(c.Rows > 0, c.Table + " is empty"));
        return books;
    }

    /// <summary>A statement of this test's own (table names from <see cref="Protected"/>), run as it stands.</summary>
    private static Task<int> Execute(PartyFinanceDbContext ef, string sql) => ef.Database.ExecuteSqlRawAsync(sql);

    private static async Task<List<(string Table, long Rows)>> CountsAsync(PartyFinanceDbContext ef)
    {
        var counts = new List<(string, long)>();
        foreach (var table in Protected)
        {
            counts.Add((table, long.Parse((await StringsAsync(ef, $"SELECT CAST(COUNT(*) AS varchar(20)) FROM {table}"))[0], System.Globalization.CultureInfo.InvariantCulture)));
        }

        return counts;
    }

    private static async Task<IReadOnlyDictionary<string, string>> FingerprintAsync(DatabaseTarget target)
    {
        await using var ef = target.CreateContext();
        var connection = ef.Database.GetDbConnection();
        await connection.OpenAsync();
        return await target.SchemaFingerprintAsync(connection, null, CancellationToken.None);
    }

    private static async Task<List<string>> StringsAsync(PartyFinanceDbContext ef, string sql)
    {
        var connection = ef.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        var values = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
