using Microsoft.EntityFrameworkCore;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Persistence.SqlServer;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.SqlServer;

/// <summary>
/// SQL Server without a server: the DDL EF's SQL Server generator makes from the migrations, and every
/// statement of the provider's own dialect, parsed by Microsoft's T-SQL parser and held to the model.
/// These run everywhere, CI included.
/// </summary>
public sealed class SqlServerSchemaTests
{
    private static readonly Lazy<string> Migrations = new(SqlServerScript.FromMigrations);

    [Fact]
    public void SqlServerSchemaFile_IsTheScriptOfTheMigrations()
    {
        var path = RepoPaths.Db("sqlserver", "schema.sql");
        var expected = SqlServerScript.SchemaFile();
        if (Environment.GetEnvironmentVariable("PARTYFINANCE_WRITE_SCHEMA") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), "db/sqlserver/schema.sql is missing. " + Regenerate);
        var actual = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(actual == expected, "db/sqlserver/schema.sql differs from the migrations' script. " + Regenerate);
    }

    private const string Regenerate = "Regenerate it: PARTYFINANCE_WRITE_SCHEMA=1 dotnet test tests/PartyFinance.Infrastructure.Tests --filter SqlServerSchemaFile";

    [Fact]
    public void EveryBatch_OfTheMigrationsAndOfTheModel_ParsesAsTSql()
    {
        var batches = SqlServerScript.Batches(Migrations.Value).Concat(SqlServerScript.Batches(SqlServerScript.FromModel())).ToList();
        Assert.True(batches.Count > 50, $"only {batches.Count} batches");
        foreach (var batch in batches)
        {
            Assert.NotEmpty(TSql.Parse(batch));
        }
    }

    /// <summary>The statements SqlServerOptions issues at run time, with EF's {n} placeholders as the parameters EF sends.</summary>
    public static TheoryData<string, string> RawStatements => new()
    {
        { nameof(SqlServerOptions.PostingLockSql), SqlServerOptions.PostingLockSql },
        { nameof(SqlServerOptions.BudgetLineLockSql), SqlServerOptions.BudgetLineLockSql },
        { "NextCounterSql(counters)", SqlServerOptions.NextCounterSql("counters") },
        { "NextCounterSql(budget_counters)", SqlServerOptions.NextCounterSql("budget_counters") },
        { nameof(SqlServerOptions.BalanceUpsert), SqlServerOptions.BalanceUpsert },
        { nameof(SqlServerOptions.EstimateUpsert), SqlServerOptions.EstimateUpsert },
        { nameof(SqlServerOptions.SequenceUpsert), SqlServerOptions.SequenceUpsert },
        { nameof(SqlServerOptions.MonthOfVoucherDate), "SELECT " + SqlServerOptions.MonthOfVoucherDate + " FROM vouchers v" },
        { nameof(SqlServerSchema.RefusingTrigger), SqlServerSchema.RefusingTrigger("trg_x", "vouchers", "it's refused") },
        { nameof(SqlServerSchema.InOwnBatch), SqlServerSchema.InOwnBatch(SqlServerSchema.RefusingTrigger("trg_x", "vouchers", "it's refused")) },
    };

    [Theory]
    [MemberData(nameof(RawStatements))]
    public void EveryRawStatement_OfTheProvider_ParsesAsTSql(string name, string sql)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(sql, @"\{(\d+)\}", "@p$1");
        Assert.False(string.IsNullOrWhiteSpace(name));
        Assert.Single(TSql.Parse(text));
    }

    [Fact]
    public void TheParser_RefusesWhatSqlServerRefuses()
    {
        // The check above can fail: the other providers' dialect does not parse as T-SQL.
        Assert.False(TSql.IsOneStatement("INSERT INTO counters (name, value) VALUES ('x', 1) ON CONFLICT (name) DO UPDATE SET value = excluded.value"), "INSERT INTO counters (name, value) VALUES ('x', 1) ON CONFLICT (name) DO UPDATE SET value = excluded.value");
        Assert.False(TSql.IsOneStatement("UPDATE counters SET value = value + 1 WHERE name = @p0 RETURNING value"), "UPDATE counters SET value = value + 1 WHERE name = @p0 RETURNING value");
        Assert.False(TSql.IsOneStatement("SELECT CAST(EXTRACT(MONTH FROM v.date) AS INTEGER) FROM vouchers v"), "EXTRACT");
        Assert.False(TSql.IsOneStatement("SELECT 1; CREATE TRIGGER t ON vouchers INSTEAD OF DELETE AS SELECT 1"), "SELECT 1; CREATE TRIGGER t ON vouchers INSTEAD OF DELETE AS SELECT 1");
        Assert.True(TSql.IsOneStatement(SqlServerOptions.PostingLockSql));
    }

    /// <summary>As SchemaTests does on a live database for the other providers: the migrations make exactly the model's tables, columns, keys, indexes and foreign keys.</summary>
    [Fact]
    public void Migrations_ProduceExactlyTheModelSchema_OnSqlServer()
    {
        var all = TSql.Read(Migrations.Value).Facts;
        var fromModel = TSql.Read(SqlServerScript.FromModel()).Facts;
        Assert.True(fromModel.Count > 300, $"only {fromModel.Count} facts");

        // SQL Server's own truncate guard is no table of the model (TruncateGuard_ReferencesTheKeyOfEveryProtectedTable holds it).
        var guard = all.Where(f => f.StartsWith(SqlServerSchema.TruncateGuardTable + " ", StringComparison.Ordinal) || f.StartsWith(SqlServerSchema.TruncateGuardTable + ".", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(guard);
        var fromMigrations = all.Except(guard).ToHashSet(StringComparer.Ordinal);
        Assert.Equal([], fromModel.Except(fromMigrations));
        Assert.Equal([], fromMigrations.Except(fromModel));
    }

    [Fact]
    public void Columns_AreBigintMoney_DateDates_DatetimeoffsetTimestamps_AndBinaryNvarcharText()
    {
        var schema = TSql.Read(Migrations.Value);
        var vouchers = schema.Columns("vouchers");
        Assert.Equal("bigint not null", vouchers["amount"]);
        Assert.Equal("date not null", vouchers["date"]);
        Assert.Equal("datetimeoffset not null", vouchers["posted_at"]);
        Assert.Equal($"nvarchar (450) collate {SqlServerOptions.Collation} not null", vouchers["number"]);
        Assert.Equal($"nvarchar (max) collate {SqlServerOptions.Collation} not null", vouchers["description"]);
        Assert.Equal("bit not null", schema.Columns("voucher_lines")["is_off_balance"]);
        Assert.Equal("uniqueidentifier not null", schema.Columns("approval_requests")["id"]);

        var allowed = new[] { "bigint", "int", "bit", "date", "datetimeoffset", "uniqueidentifier", "nvarchar (450) collate " + SqlServerOptions.Collation, "nvarchar (max) collate " + SqlServerOptions.Collation };
        var columns = schema.Facts.Where(f => f.Split(' ')[0].Contains('.', StringComparison.Ordinal)).ToList();
        Assert.True(columns.Count > 300, $"only {columns.Count} columns");
        Assert.All(columns, c => Assert.Contains(allowed, a => c[(c.IndexOf(' ', StringComparison.Ordinal) + 1)..].StartsWith(a + " ", StringComparison.Ordinal)));
    }

    /// <summary>The SQL Server triggers protect exactly the tables SQLite's triggers protect (posted vouchers, lines, every append-only history).</summary>
    [Fact]
    public async Task Triggers_ProtectTheSameTables_AsOnSqlite()
    {
        await using var sqlite = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, initialise: false);
        await using (var db = sqlite.Target.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        var onSqlite = new SortedSet<string>(StringComparer.Ordinal);
        await using (var db = sqlite.Target.CreateContext())
        {
            var conn = db.Database.GetDbConnection();
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger'";
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                onSqlite.Add(reader.GetString(0));
            }
        }

        var onSqlServer = new SortedSet<string>(TSql.Read(Migrations.Value).Triggers.Values, StringComparer.Ordinal);
        Assert.Contains("vouchers", onSqlServer);
        Assert.Contains("approval_events", onSqlServer);
        Assert.Equal(onSqlite, onSqlServer);
    }

    /// <summary>
    /// TRUNCATE, which no DML trigger sees, is refused on every table the triggers protect: truncate_guards has a foreign
    /// key to each one's primary key (its columns, in order, of the same types), and to nothing else.
    /// </summary>
    [Fact]
    public void TruncateGuard_ReferencesTheKeyOfEveryProtectedTable()
    {
        var schema = TSql.Read(Migrations.Value);
        var guarded = new SortedSet<string>(StringComparer.Ordinal);
        var guardColumns = schema.Columns(SqlServerSchema.TruncateGuardTable);
        foreach (var fk in schema.Facts.Where(f => f.StartsWith(SqlServerSchema.TruncateGuardTable + " fk ", StringComparison.Ordinal)))
        {
            var m = System.Text.RegularExpressions.Regex.Match(fk, @" fk (\S+) \(([^)]*)\) -> (\S+) \(([^)]*)\)");
            Assert.True(m.Success, fk);
            var (table, columns, referenced) = (m.Groups[3].Value, m.Groups[2].Value.Split(','), m.Groups[4].Value.Split(','));
            Assert.Equal("FK_" + SqlServerSchema.TruncateGuardTable + "_" + table, m.Groups[1].Value);
            var key = Assert.Single(schema.Facts, f => f.StartsWith(table + " primary key ", StringComparison.Ordinal));
            Assert.EndsWith("(" + string.Join(",", referenced) + ")", key, StringComparison.Ordinal);
            for (var i = 0; i < columns.Length; i++)
            {
                Assert.Equal(schema.Columns(table)[referenced[i]].Replace(" not null", " null", StringComparison.Ordinal), guardColumns[columns[i]]);
            }

            guarded.Add(table);
        }

        var protectedTables = new SortedSet<string>(schema.Triggers.Values, StringComparer.Ordinal);
        Assert.Contains("audit_events", protectedTables);
        Assert.Equal(protectedTables, guarded);
        Assert.Equal(guardColumns.Count, SqlServerSchema.TruncateGuarded.Sum(g => g.Key.Length));
        Assert.All(guardColumns.Values, c => Assert.EndsWith(" null", c, StringComparison.Ordinal));
        Assert.All(guardColumns.Values, c => Assert.DoesNotContain("not null", c, StringComparison.Ordinal));
    }

    [Fact]
    public void TheRefusingTrigger_ThrowsTheMessage_OnlyWhenARowIsTouched()
    {
        var statement = Assert.IsType<CreateTriggerStatement>(Assert.Single(TSql.Parse(SqlServerSchema.RefusingTrigger("trg_t", "vouchers", SqlServerSchema.PostedMessage))));
        Assert.Equal(TriggerType.InsteadOf, statement.TriggerType);
        Assert.Equal(new[] { TriggerActionType.Update, TriggerActionType.Delete }.Order(), statement.TriggerActions.Select(a => a.TriggerActionType).Order());
        var text = TSql.Text(statement);
        Assert.Contains("if exists (select 1", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("THROW 50001, N'" + SqlServerSchema.PostedMessage + "'", text, StringComparison.OrdinalIgnoreCase);
    }
}
