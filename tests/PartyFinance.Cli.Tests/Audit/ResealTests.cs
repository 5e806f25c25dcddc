using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Npgsql;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;
using static PartyFinance.Cli.Tests.Audit.AuditFixture;

namespace PartyFinance.Cli.Tests.Audit;

/// <summary>
/// `audit reseal` (new trigger identities after a restore, recorded with who and why, never a changed definition)
/// and the restore itself as an event of the restored books.
/// </summary>
public sealed class ResealTests
{
    [Theory]
    [MemberData(nameof(Providers), MemberType = typeof(AuditFixture))]
    public async Task ATriggerRecreatedIdentically_IsResealedByAnAdministratorWithAReason_AndVerifyPassesAgain(DatabaseProvider provider)
    {
        await using var cli = await BooksAsync(provider);
        var trigger = Trigger(provider, "vouchers", "update");
        var definition = provider == DatabaseProvider.Sqlite
            ? (await RowsAsync(cli, $"SELECT sql FROM sqlite_master WHERE name = '{trigger}'"))[0][0]
            : (await RowsAsync(cli, $"SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = '{trigger}'"))[0][0];
        await ExecAsync(cli, DropTrigger(provider, "vouchers", "update"), definition);
        Assert.Equal(1, (await VerifyAsync(cli)).Code);

        var byAccountant = await cli.RunAsync("audit", "reseal", "--reason", "Phục hồi", "--by", "ketoan");
        Assert.Equal(1, byAccountant.Code);
        Assert.Contains("ketoan", byAccountant.Err, StringComparison.Ordinal);
        var noReason = await cli.RunAsync("audit", "reseal", "--by", "admin");
        Assert.Equal(2, noReason.Code);
        Assert.Equal(1, (await VerifyAsync(cli)).Code);

        var resealed = await cli.JsonAsync("audit", "reseal", "--reason", "Biên bản phục hồi số 3", "--by", "admin");
        Assert.True(resealed.GetProperty("resealed").GetBoolean());
        Assert.Contains("trigger:" + trigger, resealed.GetProperty("renewed").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, (await VerifyAsync(cli)).Code);

        var schemaRows = (await cli.JsonAsync("audit", "log", "--kind", "schema")).EnumerateArray().ToList();
        var row = schemaRows[^1];
        Assert.Equal(("admin", "audit reseal", "Biên bản phục hồi số 3", "reseal"),
            (row.GetProperty("actor").GetString(), row.GetProperty("command").GetString(), row.GetProperty("reason").GetString(), row.GetProperty("key").GetString()));

        // Nothing to reseal: nothing written.
        var again = await cli.JsonAsync("audit", "reseal", "--reason", "Thử lại", "--by", "admin");
        Assert.False(again.GetProperty("resealed").GetBoolean());
        Assert.Equal(schemaRows.Count, (await cli.JsonAsync("audit", "log", "--kind", "schema")).GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Providers), MemberType = typeof(AuditFixture))]
    public async Task ATriggerWithAnotherDefinition_OrAMissingOne_IsNeverResealed(DatabaseProvider provider)
    {
        await using var cli = await BooksAsync(provider);
        var weakened = provider == DatabaseProvider.Sqlite
            ? "CREATE TRIGGER trg_vouchers_no_update BEFORE UPDATE ON vouchers WHEN 0 BEGIN SELECT 1; END"
            : "CREATE TRIGGER trg_vouchers_immutable BEFORE UPDATE ON vouchers FOR EACH ROW WHEN (false) EXECUTE FUNCTION pf_reject_change()";
        if (provider == DatabaseProvider.Postgres)
        {
            var function = (await RowsAsync(cli, "SELECT p.proname FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid WHERE t.tgname = 'trg_vouchers_immutable'"))[0][0];
            weakened = weakened.Replace("pf_reject_change", function, StringComparison.Ordinal);
        }

        await ExecAsync(cli, DropTrigger(provider, "vouchers", "update"), weakened, DropTrigger(provider, "voucher_lines", "delete"));
        var events = await ScalarAsync<long>(cli, "SELECT COUNT(*) FROM audit_events");

        var (code, _, err) = await cli.RunAsync("audit", "reseal", "--reason", "Phục hồi", "--by", "admin");

        Assert.Equal(1, code);
        Assert.Contains("[audit.reseal-definition-changed]", err, StringComparison.Ordinal);
        Assert.Contains("trigger:" + Trigger(provider, "vouchers", "update"), err, StringComparison.Ordinal);
        Assert.Contains("trigger:" + Trigger(provider, "voucher_lines", "delete"), err, StringComparison.Ordinal);
        Assert.Equal(events, await ScalarAsync<long>(cli, "SELECT COUNT(*) FROM audit_events"));
        Assert.Equal(1, (await VerifyAsync(cli)).Code);
    }

    [PostgresFact]
    public async Task OnPostgres_PgRestoreGivesTheTriggersNewIds_VerifySaysSo_AndAResealRecordsThem()
    {
        await using var cli = await BooksAsync(DatabaseProvider.Postgres);
        var dump = cli.File("sao-luu.dump", string.Empty);
        await PgAsync("pg_dump", "-Fc", "-f", dump, Dsn(cli.Db.Target.ConnectionString));
        await using var restored = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, initialise: false);
        await PgAsync("pg_restore", "--no-owner", "-d", Dsn(restored.Target.ConnectionString), dump);
        var db = restored.Target.ConnectionString;

        var verify = await cli.RunWithDbAsync(db, "audit", "verify", "--json");
        Assert.Equal(1, verify.Code);
        var problems = JsonDocument.Parse(verify.Out).RootElement.GetProperty("problems").EnumerateArray().ToList();
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Equal(("schema", "changed"), (p.GetProperty("table").GetString(), p.GetProperty("kind").GetString())));

        var reseal = await cli.RunWithDbAsync(db, "audit", "reseal", "--reason", "Phục hồi bằng pg_restore, biên bản 7", "--by", "admin");
        Assert.True(reseal.Code == 0, reseal.Err);
        Assert.Equal(0, (await cli.RunWithDbAsync(db, "audit", "verify")).Code);
        Assert.Equal(4, JsonDocument.Parse((await cli.RunWithDbAsync(db, "voucher", "list", "--json")).Out).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task ARestore_IsTheRestoredBooksLatestEvent_WithWhoWhyAndTheFilesDigest()
    {
        await using var cli = await BooksAsync(DatabaseProvider.Sqlite);
        var backup = Path.Combine(Path.GetDirectoryName(cli.Db.Target.Display)!, "sao-luu.db");
        await cli.MustSucceedAsync("db", "backup", "--out", backup);
        var digest = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(backup)));

        var restored = await cli.RunAsync("db", "restore", backup, "--reason", "Máy chủ hỏng ổ đĩa", "--by", "admin");

        Assert.True(restored.Code == 0, restored.Err);
        var row = (await cli.JsonAsync("audit", "log", "--kind", "restore")).EnumerateArray().Single();
        Assert.Equal(("admin", "db restore", "Máy chủ hỏng ổ đĩa", "sao-luu.db"),
            (row.GetProperty("actor").GetString(), row.GetProperty("command").GetString(), row.GetProperty("reason").GetString(), row.GetProperty("key").GetString()));
        var after = row.GetProperty("after");
        Assert.Equal(digest, after.GetProperty("sha256").GetString());
        Assert.Equal(4, after.GetProperty("vouchers").GetInt64());
        Assert.Equal(0, (await VerifyAsync(cli)).Code);
    }

    private static string Dsn(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgresql://{b.Username}@{b.Host}:{b.Port}/{b.Database}";
    }

    /// <summary>The PostgreSQL client tool of the newest installed server (the one .ci/test starts), else the one on PATH.</summary>
    private static async Task PgAsync(string tool, params string[] args)
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", tool)).Where(File.Exists).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
        var start = new ProcessStartInfo(bin ?? tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var err = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool}: {err}");
    }
}
