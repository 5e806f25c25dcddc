using System.Globalization;
using System.Security.Cryptography;
using Harness = PartyFinance.Cli.Tests.Budgeting.Cli;

namespace PartyFinance.Cli.Tests.Access;

/// <summary>
/// Role × command: every command that changes data, run through the CLI against one SQLite
/// database (clock 15/03/2026), is refused for a role the permission matrix does not allow — exit
/// 1, [access.not-permitted], the database file byte for byte unchanged — and then succeeds for a
/// role it allows. Unknown, expired and out-of-scope users are refused the same way.
/// </summary>
public sealed class PermissionMatrixTests
{
    private const string Units = """
        code,name,kind,parent,chapter,valid_from,valid_to,successor
        VPTU,Văn phòng Tỉnh ủy Bắc Ninh,provincial-office,,509,2018-01-01,,
        BTC,Ban Tổ chức Tỉnh ủy,party-agency,VPTU,509,2018-01-01,,

        """;

    private const string Vouchers = """
        key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector
        m1,2025-02-10,BTC,PC,Mua văn phòng phẩm,61112,1000000,,NSNN,6551,340-351
        m1,2025-02-10,BTC,PC,,1111,,1000000,,,
        m1,2025-02-10,BTC,PC,,3371,1000000,,,,
        m1,2025-02-10,BTC,PC,,5111,,1000000,NSNN,,340-351

        """;

    private static readonly string[] Line = ["--unit", "BTC", "--fund-source", "NSNN", "--autonomy", "autonomous", "--sector", "340-351", "--budget-item", "6501"];

    [Fact]
    public async Task EveryCommandThatChangesData_IsRefusedWithoutThePermission_AndNothingIsStored_ThenAllowedWithIt()
    {
        await using var cli = await Harness.CreateAsync();
        var units = cli.File("units.csv", Units);
        var unitsAgain = cli.File("units2.csv", Units.Replace("Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Tỉnh ủy Bắc Ninh", StringComparison.Ordinal));
        await AllowedOnlyAsync(cli, "admin", "unit", "import", units);
        foreach (var (login, role, scope) in new[]
        {
            ("ketoan.btc", "accountant", "BTC"), ("ketoantruong.btc", "chief-accountant", "BTC"), ("truongban", "unit-head", "BTC"),
            ("chanhvp", "office-chief", "province"), ("kiemtoan", "auditor", "province"), ("ketoantruong.tinh", "chief-accountant", "province"),
        })
        {
            await AllowedOnlyAsync(cli, "admin", "user", "add", login, "--name", "Người dùng " + login, "--role", role, "--scope", scope, "--from", "2025-01-01");
        }

        // command, refused for, allowed for
        await CheckAsync(cli, "ketoantruong.tinh", "admin", "unit", "import", unitsAgain);
        await CheckAsync(cli, "ketoantruong.tinh", "admin", "user", "add", "moi", "--name", "Người mới", "--role", "auditor", "--scope", "province");
        await CheckAsync(cli, "ketoantruong.tinh", "admin", "authority", "import", AuthorityCommandRules);
        await CheckAsync(cli, "ketoan.btc", "admin", "db", "init");
        await CheckAsync(cli, "kiemtoan", "ketoan.btc", "balance", "import", cli.File("opening.csv", "unit,year,account,debit,credit\nBTC,2025,1111,100,0\nBTC,2025,3371,0,100\n"));
        await CheckAsync(cli, "kiemtoan", "ketoan.btc", "voucher", "import", cli.File("v.csv", Vouchers));
        await CheckAsync(cli, "ketoan.btc", "ketoantruong.btc", "voucher", "reverse", "BTC/PC/2025/000001", "--date", "2025-02-12", "--reason", "Ghi nhầm");
        await CheckAsync(cli, "ketoan.btc", "ketoantruong.btc", "period", "lock", "--unit", "BTC", "--month", "2025-01");
        await CheckAsync(cli, "ketoan.btc", "ketoantruong.btc", "period", "unlock", "--unit", "BTC", "--month", "2025-01", "--reason", "Bổ sung chứng từ");
        await CheckAsync(cli, "kiemtoan", "ketoan.btc", "budget", "import", cli.File("e.csv", "unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date\nBTC,2026,NSNN,autonomous,340-351,6501,10000000,12-QĐ/VPTU,2026-01-05\n"));
        await CheckAsync(cli, "kiemtoan", "ketoan.btc", ["budget", "supplement", .. Line, "--year", "2026", "--amount", "1000000", "--decision-no", "30/QĐ", "--decision-date", "2026-03-01"]);
        await CheckAsync(cli, "kiemtoan", "ketoan.btc", ["voucher", "event", "withdraw-cash", .. Line, "--key", "rut-1", "--date", "2026-03-10", "--amount", "500000"]);
        await CheckAsync(cli, "ketoantruong.btc", "ketoantruong.tinh", "budget", "control-mode", "--fund-source", "NSNN", "--year", "2027", "--mode", "warn");
        await CheckAsync(cli, "ketoan.btc", "ketoantruong.btc", "budget", "close-year", "--year", "2024", "--unit", "BTC", "--date", "2026-03-15");
        await CheckAsync(cli, "ketoantruong.btc", "ketoantruong.tinh", "budget", "close-year", "--year", "2024", "--date", "2026-03-15");

        await CheckAsync(cli, "kiemtoan", "ketoan.btc", ["spend", "request", .. Line, "--amount", "1000000", "--purpose", "Mua mực in"]);
        await AllowedOnlyAsync(cli, "ketoan.btc", ["spend", "request", .. Line, "--amount", "1000000", "--purpose", "Mua giấy"]);
        await AllowedOnlyAsync(cli, "ketoan.btc", ["spend", "request", .. Line, "--amount", "1000000", "--purpose", "Mua bút"]);
        await CheckAsync(cli, "truongban", "ketoan.btc", "spend", "submit", "1");
        await AllowedOnlyAsync(cli, "ketoan.btc", "spend", "submit", "2");
        await CheckAsync(cli, "ketoan.btc", "truongban", "spend", "approve", "1", "--date", "2026-03-15", "--decision-no", "1/QĐ-BTC");
        await CheckAsync(cli, "ketoan.btc", "truongban", "spend", "reject", "2", "--reason", "Không cần thiết");
        await CheckAsync(cli, "truongban", "ketoan.btc", "spend", "pay", "1", "--date", "2026-03-15");
        await CheckAsync(cli, "truongban", "ketoan.btc", "spend", "cancel", "3", "--reason", "Trùng đề nghị");
        await CheckAsync(cli, "kiemtoan", "ketoan.btc", ["spend", "plan", "add", .. Line, "--amount", "100000", "--schedule", "monthly", "--start", "2026-04", "--end", "2026-06", "--payee", "Công ty Điện lực"]);
        await CheckAsync(cli, "kiemtoan", "ketoan.btc", "spend", "plan", "submit", "1");
        await CheckAsync(cli, "ketoan.btc", "truongban", "spend", "plan", "approve", "1", "--date", "2026-03-15", "--decision-no", "2/QĐ-BTC");
        await CheckAsync(cli, "kiemtoan", "ketoan.btc", ["spend", "plan", "add", .. Line, "--amount", "100000", "--schedule", "monthly", "--start", "2026-04", "--end", "2026-06", "--payee", "Công ty Nước sạch"]);
        await AllowedOnlyAsync(cli, "ketoan.btc", "spend", "plan", "submit", "2");
        await CheckAsync(cli, "ketoan.btc", "truongban", "spend", "plan", "reject", "2", "--reason", "Chưa cần");
        await CheckAsync(cli, "ketoantruong.btc", "ketoantruong.tinh", "spend", "run-recurring", "--through", "2026-04");

        var submitted = await cli.JsonAsync("approval", "submit", "--document-kind", "purchase-proposal", "--document", "TTr-1/BTC", "--unit", "BTC",
            "--value", "1000000", "--action", "purchase", "--asset-class", "other", "--by", "ketoan.btc");
        var id = submitted.GetProperty("id").GetString()!;
        await CheckAsync(cli, "kiemtoan", "ketoan.btc", "approval", "submit", "--document-kind", "purchase-proposal", "--document", "TTr-2/BTC", "--unit", "BTC",
            "--value", "1000000", "--action", "purchase", "--asset-class", "other");
        await CheckAsync(cli, "ketoan.btc", "truongban", "approval", "reject", id, "--reason", "Chưa có trong kế hoạch");
        await CheckAsync(cli, "ketoantruong.tinh", "admin", "authority", "end", "Quy chế chi tiêu nội bộ — mẫu", "--date", "2026-12-31", "--reason", "Quy chế mới từ 2027");
    }

    [Theory]
    [InlineData("nobody", "[access.unknown-user]")]
    [InlineData("cu", "[access.not-permitted]")]
    [InlineData("ketoan.vptu", "[access.not-permitted]")]
    public async Task UnknownExpiredAndOutOfScopeUsers_AreRefusedAndNothingIsStored(string by, string code)
    {
        await using var cli = await Harness.CreateAsync();
        await AllowedOnlyAsync(cli, "admin", "unit", "import", cli.File("units.csv", Units));
        await AllowedOnlyAsync(cli, "admin", "user", "add", "cu", "--name", "Kế toán cũ", "--role", "accountant", "--scope", "BTC", "--from", "2024-01-01", "--to", "2025-12-31");
        await AllowedOnlyAsync(cli, "admin", "user", "add", "ketoan.vptu", "--name", "Kế toán VPTU", "--role", "accountant", "--scope", "VPTU", "--from", "2024-01-01");
        var before = Digest(cli);

        var (exit, _, err) = await cli.RunAsync("voucher", "import", cli.File("v.csv", Vouchers), "--by", by);

        Assert.Equal(1, exit);
        Assert.Contains(code, err, StringComparison.Ordinal);
        Assert.Contains("Trường by: ", err, StringComparison.Ordinal);
        Assert.Equal(before, Digest(cli));
    }

    private static string AuthorityCommandRules => Authority.AuthorityCli.ShippedRules;

    private static Task CheckAsync(Harness cli, string refused, string allowed, params string[] command) => CheckAsync(cli, refused, allowed, command.AsEnumerable());

    private static async Task CheckAsync(Harness cli, string refused, string allowed, IEnumerable<string> command)
    {
        var args = command.ToArray();
        var before = Digest(cli);
        var (code, _, err) = await cli.RunAsync([.. args, "--by", refused]);
        Assert.True(code == 1 && err.Contains("[access.not-permitted]", StringComparison.Ordinal), $"{string.Join(' ', args)} --by {refused} → {code}: {err}");
        Assert.True(before == Digest(cli), $"{string.Join(' ', args)} --by {refused} changed the database");
        await AllowedOnlyAsync(cli, allowed, args);
    }

    private static Task AllowedOnlyAsync(Harness cli, string by, params string[] command) => AllowedOnlyAsync(cli, by, command.AsEnumerable());

    private static async Task AllowedOnlyAsync(Harness cli, string by, IEnumerable<string> command)
    {
        var args = command.ToArray();
        var (code, _, err) = await cli.RunAsync([.. args, "--by", by]);
        Assert.True(code == 0, $"{string.Join(' ', args)} --by {by} → {code}: {err}");
    }

    /// <summary>The SQLite file (and its write-ahead log, if any) as bytes: a refusal must not change one.</summary>
    private static string Digest(Harness cli)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var path = cli.Db.Target.Display;
        var bytes = File.ReadAllBytes(path).Concat(File.Exists(path + "-wal") ? File.ReadAllBytes(path + "-wal") : []).ToArray();
        return Convert.ToHexString(SHA256.HashData(bytes)).ToLower(CultureInfo.InvariantCulture);
    }
}
