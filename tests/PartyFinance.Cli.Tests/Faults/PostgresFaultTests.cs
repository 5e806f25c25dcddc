using System.Globalization;
using System.Text;
using Npgsql;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;
using Scenario = PartyFinance.Cli.Tests.Budgeting.Cli;

namespace PartyFinance.Cli.Tests.Faults;

/// <summary>
/// Faults of the real PostgreSQL server: a deadlock the server resolves by aborting our import is retried (the
/// whole import again) and ends done, never as a crash; imports from several processes at once keep every
/// voucher number gapless.
/// </summary>
public sealed class PostgresFaultTests
{
    private const string Units = "code,name,kind,parent,chapter,valid_from,valid_to,successor\n" +
        "VPTU,Văn phòng Tỉnh ủy Bắc Ninh,provincial-office,,509,2018-01-01,,\nBTC,Ban Tổ chức Tỉnh ủy,party-agency,VPTU,509,2018-01-01,,\n";

    private static string Vouchers(string prefix, int count)
    {
        var csv = new StringBuilder("key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector,counterparty\n");
        for (var i = 1; i <= count; i++)
        {
            var key = prefix + i.ToString(CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"{key},2026-02-10,BTC,PC,Tạm ứng công tác phí,141,500000,,,,,Nguyễn Văn A\n{key},2026-02-10,BTC,PC,Tạm ứng công tác phí,1111,,500000,,,,\n");
        }

        return csv.ToString();
    }

    /// <summary>
    /// Another session holds the voucher counter the import writes at its commit, then asks for the posting
    /// lock the import holds: a deadlock. The server aborts the import (its check runs first); the CLI runs it again
    /// once the other session is gone, and it ends done with its numbers from 1, no gap, no crash.
    /// </summary>
    [PostgresFact]
    public async Task ADeadlockingImport_IsRunAgain_AndEndsDone_WithGaplessNumbers()
    {
        await using var cli = await Scenario.CreateAsync(DatabaseProvider.Postgres);
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", "admin")).Code);
        var file = cli.File("v.csv", Vouchers("d", 3));

        // The server checks for a deadlock once, deadlock_timeout after a session starts waiting, and aborts the
        // session whose check finds the cycle. So the import checks late (5 s: time for this session to close the
        // cycle even on a loaded machine) and this session never (60 s): the import is always the one aborted.
        await using var other = new NpgsqlConnection(cli.Db.Target.ConnectionString);
        await other.OpenAsync();
        await using var tx = await other.BeginTransactionAsync();
        await Execute(other, tx, "SET LOCAL deadlock_timeout = '60s'");
        await Execute(other, tx, $"UPDATE counters SET value = value WHERE name = '{Counters.Voucher}'");
        var late = new NpgsqlConnectionStringBuilder(cli.Db.Target.ConnectionString) { Options = "-c deadlock_timeout=5s" }.ToString();
        var import = KillTests.ChildAsync(late, null, ["--by", "ketoan", "voucher", "import", file]);

        // Until the import waits for the counter row (it holds the posting lock by then), then ask for that lock. The
        // watcher has its own connection: inside a transaction pg_stat_activity stays as first read.
        await using var watcher = new NpgsqlConnection(cli.Db.Target.ConnectionString);
        await watcher.OpenAsync();
        for (var polls = 0; await Scalar(watcher, null, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") == 0; polls++)
        {
            Assert.True(polls < 6000 && !import.IsCompleted, "the import never waited for the counter row");
            await Task.Delay(10);
        }

        await Execute(other, tx, PostingLock);
        await tx.CommitAsync();
        var (code, _, err) = await import;

        Assert.True(code == 0, err);
        Assert.Contains("xung đột với một thao tác đồng thời; chạy lại lần 1", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Lỗi", err, StringComparison.Ordinal);
        Assert.Equal(["BTC/PC/2026/000001", "BTC/PC/2026/000002", "BTC/PC/2026/000003"], await NumbersAsync(cli));
    }

    /// <summary>Four processes import ten vouchers each into one unit at the same moment: forty numbers, 1 to 40, each once.</summary>
    [PostgresFact]
    public async Task ImportsFromSeveralProcessesAtOnce_KeepTheNumbersGapless()
    {
        await using var cli = await Scenario.CreateAsync(DatabaseProvider.Postgres);
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", "admin")).Code);
        var files = Enumerable.Range(1, 4).Select(p => cli.File($"p{p}.csv", Vouchers($"p{p}-", 10))).ToList();

        var runs = await Task.WhenAll(files.Select(f => KillTests.ChildAsync(cli.Db.Target.ConnectionString, null, ["--by", "ketoan", "voucher", "import", f])));

        Assert.All(runs, r => Assert.True(r.Code == 0, r.Err));
        var expected = Enumerable.Range(1, 40).Select(n => "BTC/PC/2026/" + n.ToString("D6", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(expected, await NumbersAsync(cli));
    }

    private const string PostingLock = Infrastructure.Persistence.Postgres.PostgresOptions.PostingLockSql;

    private static async Task<List<string>> NumbersAsync(Scenario cli) =>
        (await cli.JsonAsync("voucher", "list", "--unit", "BTC")).EnumerateArray().Select(v => v.GetProperty("number").GetString()!).Order(StringComparer.Ordinal).ToList();

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction tx, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> Scalar(NpgsqlConnection connection, NpgsqlTransaction? tx, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
