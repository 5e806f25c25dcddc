using System.Text.Json;
using PartyFinance.Infrastructure.Persistence;
using static PartyFinance.Cli.Tests.Audit.AuditFixture;

namespace PartyFinance.Cli.Tests.Audit;

/// <summary>`audit log` filters, `db backup` / `db restore` with their refusals, and a clean demo province that verifies.</summary>
public sealed class AuditCommandTests
{
    [Fact]
    public async Task DemoSeed_ThenAFullScenario_Verifies()
    {
        await using var cli = await CliRunner.StartAsync(initialise: false, actor: null);
        await cli.MustSucceedAsync("demo", "seed", "--by", "quantri");
        await cli.MustSucceedAsync("voucher", "reverse", "VPTU/PC/2025/000001", "--date", "2025-07-10", "--reason", "Sai mục chi", "--by", "ketoantruong");
        await cli.MustSucceedAsync("period", "unlock", "--unit", "VPTU", "--month", "2025-06", "--reason", "Điều chỉnh", "--by", "ketoantruong");

        var (code, problems, json) = await VerifyAsync(cli);

        Assert.True(code == 0, string.Join("; ", problems));
        Assert.True(json.GetProperty("vouchers").GetInt64() > 500);
        var tables = (await LogAsync(cli)).Select(e => e.GetProperty("table").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "vouchers", "org_units", "users", "role_grants", "periods", "opening_balances", "assets", "asset_events", "asset_wear", "authority_rules", "schema" }, tables);
    }

    [Fact]
    public async Task Log_FiltersByUserUnitKindAndDates_InVietnameseText()
    {
        await using var cli = await BooksAsync(DatabaseProvider.Sqlite);
        var all = await LogAsync(cli);
        Assert.Equal(all.Select(e => e.GetProperty("id").GetInt64()).Order(), all.Select(e => e.GetProperty("id").GetInt64()));

        var byAdmin = await LogAsync(cli, "--user", "admin");
        Assert.NotEmpty(byAdmin);
        Assert.All(byAdmin, e => Assert.Equal("admin", e.GetProperty("actor").GetString()));
        Assert.Contains(byAdmin, e => e.GetProperty("table").GetString() == "org_units");

        var unit = await LogAsync(cli, "--unit", "VPTU");
        Assert.All(unit, e => Assert.Equal("VPTU", e.GetProperty("unit").GetString()));
        Assert.Contains(unit, e => e.GetProperty("kind").GetString() == "post");

        var posts = await LogAsync(cli, "--kind", "post");
        Assert.Equal(2, posts.Count);
        Assert.All(posts, e => Assert.Equal(JsonValueKind.Array, e.GetProperty("after").GetProperty("vouchers").ValueKind));
        var periods = await LogAsync(cli, "--kind", "periods");
        Assert.All(periods, e => Assert.Equal("periods", e.GetProperty("table").GetString()));

        var today = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(all.Count, (await LogAsync(cli, "--from", today, "--to", today)).Count);
        Assert.Empty(await LogAsync(cli, "--to", "2020-01-01"));
        Assert.Empty(await LogAsync(cli, "--from", "2100-01-01"));

        var (code, text, _) = await cli.RunAsync("audit", "log", "--kind", "post");
        Assert.Equal(0, code);
        Assert.Contains("ketoan: ghi sổ chứng từ 3 chứng từ [VPTU/2025] (lệnh voucher import)", text, StringComparison.Ordinal);
        Assert.Contains("lý do: Ghi nhầm tài khoản", text, StringComparison.Ordinal);
        Assert.Contains("2 bản ghi.", text, StringComparison.Ordinal);
        Assert.Equal(2, (await cli.RunAsync("audit", "log", "--from", "31/02/2026")).Code);
    }

    [Fact]
    public async Task Backup_ThenRestore_Verifies_AndTheRestoredBooksAreTheBackedUpOnes()
    {
        await using var cli = await BooksAsync(DatabaseProvider.Sqlite);
        var folder = Path.GetDirectoryName(cli.Db.Target.Display)!;
        var backup = Path.Combine(folder, "sao-luu.db");
        var (code, output, err) = await cli.RunAsync("db", "backup", "--out", backup);
        Assert.True(code == 0, err);
        Assert.Contains("Đã sao lưu", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder, "sao-luu.db.tmp-*"));

        // A later posting is undone by the restore; the restored books verify.
        await cli.MustSucceedAsync("voucher", "reverse", "VPTU/RDT/2025/000001", "--date", "2025-02-20", "--reason", "Rút nhầm");
        var restored = await cli.RunAsync("db", "restore", backup, "--by", "admin");
        Assert.True(restored.Code == 0, restored.Err);
        Assert.Contains("Kiểm tra nhật ký kiểm toán: toàn vẹn", restored.Out, StringComparison.Ordinal);
        Assert.Equal(4, (await cli.JsonAsync("voucher", "list")).GetArrayLength());
        Assert.Equal(0, (await VerifyAsync(cli)).Code);

        // Into a database that does not exist yet, too.
        var fresh = Path.Combine(folder, "moi.db");
        var into = await cli.RunWithDbAsync(fresh, "db", "restore", backup, "--by", "admin");
        Assert.True(into.Code == 0, into.Err);
        Assert.Equal(0, (await cli.RunWithDbAsync(fresh, "audit", "verify")).Code);
    }

    [Fact]
    public async Task Restore_WaitsForAWriterHoldingTheLiveBooksAMoment_InsteadOfFailing()
    {
        await using var cli = await BooksAsync(DatabaseProvider.Sqlite);
        var backup = Path.Combine(Path.GetDirectoryName(cli.Db.Target.Display)!, "sao-luu.db");
        await cli.MustSucceedAsync("db", "backup", "--out", backup);

        // Another writer (a second process, say) holds the write lock on the live file for 800 ms; the copy onto it waits.
        await using var writer = new Microsoft.Data.Sqlite.SqliteConnection(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = cli.Db.Target.Display, Pooling = false }.ToString());
        await writer.OpenAsync();
        await using (var begin = writer.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }

        var released = Task.Run(async () =>
        {
            await Task.Delay(800);
            await using var rollback = writer.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        });
        var started = System.Diagnostics.Stopwatch.StartNew();
        var restored = await cli.RunAsync("db", "restore", backup, "--by", "admin");
        await released;

        Assert.True(restored.Code == 0, restored.Err);
        Assert.True(started.ElapsedMilliseconds >= 700, $"the restore finished in {started.ElapsedMilliseconds} ms, while the lock was held");
        Assert.Contains("Đang chờ cơ sở dữ liệu", restored.Err, StringComparison.Ordinal);
        Assert.Equal(0, (await VerifyAsync(cli)).Code);
    }

    [Fact]
    public async Task Backup_NeverOverwrites_AndRestore_RefusesWhatIsNotAVerifiedPartyFinanceDatabase()
    {
        await using var cli = await BooksAsync(DatabaseProvider.Sqlite);
        var folder = Path.GetDirectoryName(cli.Db.Target.Display)!;
        var taken = cli.File("co-roi.db", "đã có");
        var (code, _, err) = await cli.RunAsync("db", "backup", "--out", taken);
        Assert.Equal(1, code);
        Assert.Contains("[db.backup-exists]", err, StringComparison.Ordinal);
        Assert.Equal("đã có", await File.ReadAllTextAsync(taken));

        var before = await cli.JsonAsync("voucher", "list");
        var notDb = await cli.RunAsync("db", "restore", cli.File("khong-phai.db", "hello"), "--by", "admin");
        Assert.Equal(1, notDb.Code);
        Assert.Contains("[db.restore-not-partyfinance]", notDb.Err, StringComparison.Ordinal);

        var backup = Path.Combine(folder, "sao-luu.db");
        await cli.MustSucceedAsync("db", "backup", "--out", backup);
        var notAdmin = await cli.RunAsync("db", "restore", backup, "--by", "ketoan");
        Assert.Equal(1, notAdmin.Code);
        Assert.Contains("[db.restore-not-admin]", notAdmin.Err, StringComparison.Ordinal);

        // A backup changed behind the application is refused before the live books are touched.
        var tampered = new CliRunnerOn(backup);
        await tampered.ExecAsync("DROP TRIGGER trg_voucher_lines_no_update", "UPDATE voucher_lines SET debit = debit + 1 WHERE voucher_id = 1 AND line_no = 1");
        var refused = await cli.RunAsync("db", "restore", backup, "--by", "admin");
        Assert.Equal(1, refused.Code);
        Assert.Contains("[db.restore-not-verified]", refused.Err, StringComparison.Ordinal);
        Assert.Equal(before.ToString(), (await cli.JsonAsync("voucher", "list")).ToString());
        Assert.Empty(Directory.GetFiles(folder, "*.restore-*"));
    }

    private static async Task<List<JsonElement>> LogAsync(CliRunner cli, params string[] filters)
    {
        var json = await cli.JsonAsync(["audit", "log", .. filters]);
        return [.. json.EnumerateArray()];
    }

    /// <summary>Raw SQL on a SQLite file that is not the runner's database.</summary>
    private sealed class CliRunnerOn(string file)
    {
        public async Task ExecAsync(params string[] statements)
        {
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False");
            await connection.OpenAsync();
            foreach (var sql in statements)
            {
                await using var cmd = connection.CreateCommand();
                cmd.CommandText = sql;
                await cmd.ExecuteNonQueryAsync();
            }
        }
    }
}
