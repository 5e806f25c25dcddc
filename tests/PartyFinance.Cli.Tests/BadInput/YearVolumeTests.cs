using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;
using Scenario = PartyFinance.Cli.Tests.Budgeting.Cli;

namespace PartyFinance.Cli.Tests.BadInput;

/// <summary>
/// One year of the books carries at most <see cref="Money.MaxYearVolume"/> (both sides of its lines and opening
/// balances), so lines of 10^15 đ each — every one within the per-line limit — can no longer pile up until the
/// province's trial balance overflows: the voucher or opening balance that would cross is refused (exit 1, file,
/// row and column named, nothing stored), one exactly at the limit is accepted, and the reports of the full year
/// still answer, their totals exact.
/// </summary>
public sealed class YearVolumeTests
{
    private const long Peta = Money.MaxAmount;

    private const string Units = "code,name,kind,parent,chapter,valid_from,valid_to,successor\n" +
        "VPTU,Văn phòng Tỉnh ủy Bắc Ninh,provincial-office,,509,2018-01-01,,\nBTC,Ban Tổ chức Tỉnh ủy,party-agency,VPTU,509,2018-01-01,,\n";

    private const string VoucherHeader = "key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector,counterparty\n";

    /// <summary>An advance of <paramref name="amount"/>: Nợ 141 / Có 1111, two lines, so the year carries twice the amount.</summary>
    private static string Advance(string key, int year, string unit, long amount)
    {
        var a = amount.ToString(CultureInfo.InvariantCulture);
        return $"{key},{year}-03-10,{unit},PC,Tạm ứng mua sắm,141,{a},,,,,Nguyễn Văn A\n{key},{year}-03-10,{unit},PC,Tạm ứng mua sắm,1111,,{a},,,,\n";
    }

    [Fact]
    public Task OnSqlite_TheYearStopsAtItsLimit() => TheYearStopsAtItsLimitOn(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task OnPostgres_TheYearStopsAtItsLimit() => TheYearStopsAtItsLimitOn(DatabaseProvider.Postgres);

    private static async Task TheYearStopsAtItsLimitOn(DatabaseProvider provider)
    {
        await using var cli = await Scenario.CreateAsync(provider);
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", "admin")).Code);

        // 2026: opening 2·10^15 and three advances of 10^15 (6·10^15): 8·10^15 of 9·10^15.
        var opening = cli.File("so-du.csv", $"unit,year,account,debit,credit\nBTC,2026,1111,{Peta},0\nBTC,2026,3371,0,{Peta}\n");
        Assert.Equal(0, (await cli.RunAsync("balance", "import", opening, "--by", "ketoan")).Code);
        var three = cli.File("ba.csv", VoucherHeader + Advance("a1", 2026, "BTC", Peta) + Advance("a2", 2026, "VPTU", Peta) + Advance("a3", 2026, "BTC", Peta));
        var stored = await cli.RunAsync("voucher", "import", three, "--by", "ketoan");
        Assert.True(stored.Code == 0, stored.Err);

        // A fourth advance of 10^15 would carry 2026 to 10^16: refused on its first row, naming the file, and nothing changes.
        var fourth = cli.File("bon.csv", VoucherHeader + Advance("a4", 2026, "VPTU", 10_000_000) + Advance("a5", 2026, "BTC", Peta));
        var before = await StateAsync(cli, provider);
        var (code, _, err) = await cli.RunAsync("voucher", "import", fourth, "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("bon.csv: Dòng 4, cột debit:", err, StringComparison.Ordinal);
        Assert.Contains("Chứng từ 'a5'", err, StringComparison.Ordinal);
        Assert.Contains("9.000.000.000.000.000 đ", err, StringComparison.Ordinal);
        Assert.Contains("[ledger.year-volume-exceeded]", err, StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync(cli, provider));

        // Exactly to the limit is accepted: 8·10^15 + 2 × 5·10^14.
        var last = cli.File("cuoi.csv", VoucherHeader + Advance("a6", 2026, "VPTU", Peta / 2));
        Assert.Equal(0, (await cli.RunAsync("voucher", "import", last, "--by", "ketoan")).Code);
        var oneMore = cli.File("them.csv", VoucherHeader + Advance("a7", 2026, "BTC", 1));
        var refused = await cli.RunAsync("voucher", "import", oneMore, "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, refused.Code);
        Assert.Contains("them.csv: Dòng 2, cột debit:", refused.Err, StringComparison.Ordinal);

        // The province's trial balance of the full year answers, its totals exact: debit = opening 10^15 + 3.5·10^15 turnover.
        var tb = await cli.JsonAsync("ledger", "trial-balance", "--year", "2026");
        Assert.Equal(4_500_000_000_000_000, Total(tb, "debit"));
        Assert.Equal(4_500_000_000_000_000, Total(tb, "credit"));

        // Another year has its own room; an opening balance that would cross 2027's limit is refused on its row.
        var next = cli.File("nam-sau.csv", VoucherHeader + Advance("b1", 2027, "BTC", Peta) + Advance("b2", 2027, "BTC", Peta)
            + Advance("b3", 2027, "VPTU", Peta) + Advance("b4", 2027, "VPTU", Peta));
        Assert.Equal(0, (await cli.RunAsync("voucher", "import", next, "--by", "ketoan")).Code);
        var late = cli.File("so-du-2027.csv", $"unit,year,account,debit,credit\nVPTU,2027,1111,{Peta / 2},0\nVPTU,2027,3371,0,{Peta / 2}\nVPTU,2027,141,1,0\nVPTU,2027,3372,0,1\n");
        before = await StateAsync(cli, provider);
        var lateRefused = await cli.RunAsync("balance", "import", late, "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, lateRefused.Code);
        Assert.Contains("so-du-2027.csv: Dòng 4, cột debit:", lateRefused.Err, StringComparison.Ordinal);
        Assert.Contains("tài khoản 141 của đơn vị 'VPTU'", lateRefused.Err, StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync(cli, provider));
    }

    /// <summary>A database of an earlier release has no volume rows: the first posting of a year counts it from the balance tables.</summary>
    [Fact]
    public async Task ADatabaseWithoutVolumeRows_CountsTheYearFromItsBalances()
    {
        await using var cli = await Scenario.CreateAsync();
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", "admin")).Code);
        var four = cli.File("bon.csv", VoucherHeader + Advance("a1", 2026, "BTC", Peta) + Advance("a2", 2026, "BTC", Peta)
            + Advance("a3", 2026, "VPTU", Peta) + Advance("a4", 2026, "VPTU", Peta));
        Assert.Equal(0, (await cli.RunAsync("voucher", "import", four, "--by", "ketoan")).Code);
        Assert.Equal(8 * Peta, Volume(cli.Db.DbArgument, 2026));
        ForgetVolumes(cli.Db.DbArgument);

        var fifth = cli.File("nam.csv", VoucherHeader + Advance("a5", 2026, "BTC", Peta));
        var (code, _, err) = await cli.RunAsync("voucher", "import", fifth, "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("đã có 8.000.000.000.000.000 đ", err, StringComparison.Ordinal);
        Assert.Null(Volume(cli.Db.DbArgument, 2026));

        var half = cli.File("nua.csv", VoucherHeader + Advance("a6", 2026, "BTC", Peta / 2));
        Assert.Equal(0, (await cli.RunAsync("voucher", "import", half, "--by", "ketoan")).Code);
        Assert.Equal(Money.MaxYearVolume, Volume(cli.Db.DbArgument, 2026));

        // A counter lowered behind the application (to let the year pass its limit) is found by audit verify.
        var clean = await cli.JsonAsync("audit", "verify");
        Assert.True(clean.GetProperty("ok").GetBoolean(), clean.ToString());
        Execute(cli.Db.DbArgument, "UPDATE counters SET value = 1000 WHERE name = 'volume:2026'");
        var (verifyCode, verifyOut, _) = await cli.RunAsync("audit", "verify", "--json");
        Assert.Equal(1, verifyCode);
        var problem = Assert.Single(JsonDocument.Parse(verifyOut).RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal(("counters", "volume:2026", "changed"), (problem.GetProperty("table").GetString(), problem.GetProperty("key").GetString(), problem.GetProperty("kind").GetString()));
    }

    /// <summary>SQLite: every table (see DatabaseFingerprint). PostgreSQL: the books as the CLI shows them — every voucher and both years' trial balances.</summary>
    private static async Task<string> StateAsync(Scenario cli, DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return DatabaseFingerprint.Of(cli.Db.DbArgument);
        }

        var vouchers = await cli.RunAsync("voucher", "list", "--json");
        Assert.Equal(0, vouchers.Code);
        return vouchers.Out + (await cli.JsonAsync("ledger", "trial-balance", "--year", "2026")).GetRawText()
            + (await cli.JsonAsync("ledger", "trial-balance", "--year", "2027")).GetRawText();
    }

    private static long Total(JsonElement trialBalance, string side)
    {
        // The posted accounts (parents apart) sum to the totals: opening plus turnover of one side.
        long sum = 0;
        foreach (var row in trialBalance.GetProperty("on_balance").EnumerateArray())
        {
            sum = checked(sum + row.GetProperty("opening_" + side).GetInt64() + row.GetProperty(side).GetInt64());
        }

        return sum;
    }

    private static long? Volume(string db, int year)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT value FROM counters WHERE name = $n";
        cmd.Parameters.AddWithValue("$n", Counters.Volume(year));
        return cmd.ExecuteScalar() is long v ? v : null;
    }

    private static void ForgetVolumes(string db) => Assert.Equal(1, Execute(db, "DELETE FROM counters WHERE name LIKE 'volume:%'"));

    private static int Execute(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteNonQuery();
    }
}
