using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests.Audit;

/// <summary>Small books for the audit tests: one unit, a few vouchers, a reversal and a locked month; raw SQL on the database behind the application's back.</summary>
internal static class AuditFixture
{
    public const string Units = "code,name,kind,parent,chapter,valid_from,valid_to,successor\nVPTU,Văn phòng Tỉnh ủy,provincial-office,,509,2018-01-01,,\n";

    public const string Vouchers = """
        key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector
        k0,2025-01-05,VPTU,DTG,Nhận dự toán năm 2025,008212,20000000,,NSNN,6551,340-351
        k1,2025-02-03,VPTU,RDT,Rút dự toán về quỹ,1111,5000000,,,,
        k1,2025-02-03,VPTU,RDT,,3371,,5000000,,,
        k1,2025-02-03,VPTU,RDT,,008212,,5000000,NSNN,6551,340-351
        k2,2025-02-10,VPTU,PC,"Mua văn phòng phẩm, mực in",61112,1234567,,NSNN,6551,340-351
        k2,2025-02-10,VPTU,PC,,1111,,1234567,,,
        k2,2025-02-10,VPTU,PC,,3371,1234567,,,,
        k2,2025-02-10,VPTU,PC,,5111,,1234567,NSNN,,340-351
        """;

    public static TheoryData<DatabaseProvider> Providers
    {
        get
        {
            var data = new TheoryData<DatabaseProvider> { DatabaseProvider.Sqlite };
            if (TestDatabase.PostgresAdmin is not null || Environment.GetEnvironmentVariable("CI") == "true")
            {
                data.Add(DatabaseProvider.Postgres);
            }

            return data;
        }
    }

    public static async Task<CliRunner> BooksAsync(DatabaseProvider provider)
    {
        var cli = await CliRunner.StartAsync(provider);
        await cli.MustSucceedAsync("unit", "import", cli.File("units.csv", Units), "--by", "admin");
        await cli.MustSucceedAsync("voucher", "import", cli.File("v.csv", Vouchers));
        await cli.MustSucceedAsync("voucher", "reverse", "VPTU/PC/2025/000001", "--date", "2025-02-12", "--reason", "Ghi nhầm tài khoản");
        await cli.MustSucceedAsync("period", "lock", "--unit", "VPTU", "--month", "2025-01");
        return cli;
    }

    /// <summary>`audit verify --json`: the exit code and the problems as (table, key, kind).</summary>
    public static async Task<(int Code, List<(string Table, string Key, string Kind)> Problems, JsonElement Json)> VerifyAsync(CliRunner cli, params string[] filters)
    {
        var (code, output, err) = await cli.RunAsync(["audit", "verify", .. filters, "--json"]);
        Assert.True(code is 0 or 1, err);
        var json = JsonDocument.Parse(output).RootElement.Clone();
        var problems = json.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("table").GetString()!, p.GetProperty("key").GetString()!, p.GetProperty("kind").GetString()!)).ToList();
        Assert.Equal(code == 0, json.GetProperty("ok").GetBoolean());
        Assert.Equal(code == 0, problems.Count == 0);
        return (code, problems, json);
    }

    public static async Task ExecAsync(CliRunner cli, params string[] statements)
    {
        await using var connection = await cli.Db.Target.OpenConnectionAsync(CancellationToken.None);
        foreach (var sql in statements)
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            await cmd.ExecuteNonQueryAsync();
        }
    }

    public static async Task<T> ScalarAsync<T>(CliRunner cli, string sql)
    {
        await using var connection = await cli.Db.Target.OpenConnectionAsync(CancellationToken.None);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        var value = await cmd.ExecuteScalarAsync();
        return (T)Convert.ChangeType(value!, typeof(T), CultureInfo.InvariantCulture);
    }

    public static async Task<List<string[]>> RowsAsync(CliRunner cli, string sql)
    {
        await using var connection = await cli.Db.Target.OpenConnectionAsync(CancellationToken.None);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await using DbDataReader r = await cmd.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await r.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? string.Empty : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)!).ToArray());
        }

        return rows;
    }

    /// <summary>The provider's name of the trigger that keeps <paramref name="table"/> from <paramref name="op"/> ("update"/"delete").</summary>
    public static string Trigger(DatabaseProvider provider, string table, string op) =>
        provider == DatabaseProvider.Sqlite ? $"trg_{table}_no_{op}" : $"trg_{table}_immutable";

    public static string DropTrigger(DatabaseProvider provider, string table, string op) =>
        provider == DatabaseProvider.Sqlite ? $"DROP TRIGGER {Trigger(provider, table, op)}" : $"DROP TRIGGER {Trigger(provider, table, op)} ON {table}";
}
