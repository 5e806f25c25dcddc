using System.Text.Json;
using PartyFinance.Testing;
using Scenario = PartyFinance.Cli.Tests.Budgeting.Cli;

namespace PartyFinance.Cli.Tests.BadInput;

/// <summary>
/// Bad values on the command line: each is refused with a Vietnamese message naming the option, and
/// the database — ids, counters and sequences included — is exactly as before.
/// </summary>
public sealed class CommandCorpusTests
{
    private const string Units = "code,name,kind,parent,chapter,valid_from,valid_to,successor\n" +
        "VPTU,Văn phòng Tỉnh ủy Bắc Ninh,provincial-office,,509,2018-01-01,,\nBTC,Ban Tổ chức Tỉnh ủy,party-agency,VPTU,509,2018-01-01,,\n";

    private const string Estimates = "unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date\nVPTU,2026,NSNN,autonomous,340-351,6501,50000000,12/QĐ-VPTU,2026-01-05\n";

    private static readonly string[] Line = ["--fund-source", "NSNN", "--autonomy", "autonomous", "--sector", "340-351", "--budget-item", "6501"];

    private static string[] Request(string unit, string amount) => ["spend", "request", "--unit", unit, .. Line, "--amount", amount, "--purpose", "Mua văn phòng phẩm"];

    private static string[] Plan(string unit, string amount, string start = "2026-04") =>
        ["spend", "plan", "add", "--unit", unit, .. Line, "--amount", amount, "--schedule", "monthly", "--start", start, "--counterparty", "Điện lực Bắc Ninh"];

    private static string[] User(string login) => ["user", "add", login, "--name", "Kế Toán Giả", "--role", "accountant", "--scope", "province", "--by", "admin"];

    public static TheoryData<string, string[], int, string> Cases => new()
    {
        { "request amount beyond 64 bits", Request("VPTU", "9223372036854775807"), ExitCodes.Usage, "--amount: Số tiền" },
        { "request amount above 10^15", Request("VPTU", "1000000000000001"), ExitCodes.Usage, "--amount: Số tiền" },
        { "request for a unit that does not exist", Request("KHONGCO", "2000000"), ExitCodes.Refused, "KHONGCO" },
        { "plan amount beyond 64 bits", Plan("VPTU", "9223372036854775807"), ExitCodes.Usage, "--amount: Số tiền" },
        { "plan for a unit that does not exist", Plan("KHONGCO", "2000000"), ExitCodes.Refused, "KHONGCO" },
        { "estimate change amount above 10^15", ["budget", "supplement", "--unit", "VPTU", .. Line, "--year", "2026", "--amount", "1000000000000001", "--decision-no", "1/QĐ", "--date", "2026-02-01"], ExitCodes.Usage, "--amount: Số tiền" },
        { "estimate change decided after its budget year", ["budget", "supplement", "--unit", "VPTU", .. Line, "--year", "2026", "--amount", "1000000", "--decision-no", "1/QĐ", "--date", "2027-01-10"], ExitCodes.Refused, "2027" },
        { "recurring run far in the future", ["spend", "run-recurring", "--through", "2099-12"], ExitCodes.Refused, "12/2027" },
        { "recurring run past the plausible range", ["spend", "run-recurring", "--through", "9999-12"], ExitCodes.Usage, "--through" },
        { "plan starting in year 9999", Plan("VPTU", "2000000", "9999-01"), ExitCodes.Usage, "--start" },
        { "voucher reversal dated year 3000", ["voucher", "reverse", "VPTU/PC/2026/000001", "--date", "3000-01-01", "--reason", "Ghi nhầm"], ExitCodes.Usage, "--date" },
        { "report for year 99999", ["ledger", "trial-balance", "--year", "99999"], ExitCodes.Usage, "--year" },
        { "login with a zero-width space (prints as 'ketoan')", User("ke\u200Btoan"), ExitCodes.Refused, "U+200B" },
        { "login with a soft hyphen", User("ketoan\u00AD"), ExitCodes.Refused, "U+00AD" },
        { "login with a byte order mark", User("\uFEFFketoan"), ExitCodes.Refused, "U+FEFF" },
        { "reason with a replacement character (an argument that was not UTF-8)", ["voucher", "reverse", "VPTU/PC/2026/000001", "--date", "2026-03-01", "--reason", "Ghi nh\uFFFDm"], ExitCodes.Usage, "U+FFFD" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ABadValue_IsRefused_NamingIt_AndChangesNothing(string name, string[] args, int exit, string named)
    {
        await using var cli = await SetUpAsync();
        var before = DatabaseFingerprint.Of(cli.Db.DbArgument);

        var (code, _, err) = await cli.RunAsync(args);

        Assert.True(code == exit, $"{name}: exit {code}: {err}");
        Assert.Contains(named, err, StringComparison.Ordinal);
        if (exit == ExitCodes.Usage && named == "--amount: Số tiền")
        {
            Assert.Contains("vượt giới hạn 1.000.000.000.000.000 đ", err, StringComparison.Ordinal);
        }

        Assert.Equal(before, DatabaseFingerprint.Of(cli.Db.DbArgument));
    }

    /// <summary>
    /// Issue 12, item 12: a refusal the books give while an estimate file is posted (a locked month, a unit no
    /// longer active on the decision date) names the file's row and the estimate's own column, not the
    /// voucher's ("date", "debit"), and the whole file is refused.
    /// </summary>
    [Fact]
    public async Task AnEstimateImportRefusedByTheBooks_NamesTheRowAndTheEstimateColumn_AndChangesNothing()
    {
        await using var cli = await SetUpAsync();
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("dong.csv", "code,name,kind,parent,chapter,valid_from,valid_to,successor\n" +
            "BTG,Ban Tuyên giáo Tỉnh ủy,party-agency,VPTU,509,2018-01-01,2026-03-31,\n"), "--by", "admin")).Code);
        Assert.Equal(0, (await cli.RunAsync("period", "lock", "--unit", "BTC", "--month", "2026-01", "--by", "ketoan")).Code);
        var before = DatabaseFingerprint.Of(cli.Db.DbArgument);
        const string header = "unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date\n";

        var (code, _, err) = await cli.RunAsync("budget", "import", cli.File("du-toan.csv", header +
            "VPTU,2026,NSNN,autonomous,340-351,6551,10000000,20/QĐ-VPTU,2026-02-05\n" +
            "BTC,2026,NSNN,autonomous,340-351,6551,10000000,21/QĐ-VPTU,2026-01-20\n" +
            "BTG,2026,NSNN,autonomous,340-351,6551,10000000,22/QĐ-VPTU,2026-05-04\n"), "--by", "ketoan");

        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("du-toan.csv: Dòng 3, cột decision_date: Kỳ kế toán tháng 01/2026 của đơn vị 'BTC' đã khóa sổ. [ledger.period-locked]", err, StringComparison.Ordinal);
        Assert.Contains("du-toan.csv: Dòng 4, cột unit: Đơn vị 'BTG' không còn hoạt động vào ngày 04/05/2026.", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Trường", err, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFingerprint.Of(cli.Db.DbArgument));
    }

    [Fact]
    public async Task ARefusedRequest_LeavesTheNextIdFree()
    {
        await using var cli = await SetUpAsync();
        Assert.Equal(ExitCodes.Refused, (await cli.RunAsync(Request("KHONGCO", "2000000"))).Code);
        Assert.Equal(ExitCodes.Refused, (await cli.RunAsync(Plan("KHONGCO", "2000000"))).Code);

        Assert.Equal(1, (await cli.JsonAsync(Request("VPTU", "2000000"))).GetProperty("id").GetInt64());
        Assert.Equal(1, (await cli.JsonAsync(Plan("VPTU", "2000000"))).GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("\u001B]0;tiêu đề\u0007")]
    [InlineData("Mua\u0000bút")]
    [InlineData("\u202Eabc")]
    public async Task AControlOrBidiCharacterInAnArgument_IsAUsageError_AndChangesNothing(string purpose)
    {
        await using var cli = await SetUpAsync();
        var before = DatabaseFingerprint.Of(cli.Db.DbArgument);

        var (code, _, err) = await cli.RunAsync([.. Request("VPTU", "2000000")[..^1], purpose]);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("không được phép", err, StringComparison.Ordinal);
        Assert.DoesNotContain(purpose, err, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFingerprint.Of(cli.Db.DbArgument));
    }

    [Fact]
    public async Task ALoginTypedDecomposed_IsTheSameLoginAsComposed()
    {
        await using var cli = await SetUpAsync();
        const string login = "kế.toán";
        var added = await cli.RunAsync("user", "add", login.Normalize(System.Text.NormalizationForm.FormD), "--name", "Kế toán", "--role", "accountant", "--scope", "VPTU",
            "--from", "2025-01-01", "--by", "admin");
        Assert.True(added.Code == 0, added.Err);

        var twin = await cli.RunAsync("user", "add", login, "--name", "Kế toán", "--role", "accountant", "--scope", "VPTU", "--from", "2025-01-01", "--by", "admin");
        var users = (await cli.JsonAsync("user", "list")).EnumerateArray().Select(u => u.GetProperty("login").GetString()).ToList();

        Assert.Equal(ExitCodes.Refused, twin.Code); // the same login: already registered
        Assert.Single(users, u => u == login);
        Assert.DoesNotContain(users, u => u == login.Normalize(System.Text.NormalizationForm.FormD));
    }

    [Fact]
    public async Task AUnitCannotEndBeforeItsVouchers_NorSucceedItself_NorTakeOpeningBalancesOnceClosed()
    {
        await using var cli = await SetUpAsync();
        var voucher = "key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector\n" +
            "m1,2026-02-10,BTC,PC,Mua văn phòng phẩm,61112,1000000,,NSNN,6551,340-351\nm1,2026-02-10,BTC,PC,Mua văn phòng phẩm,1111,,1000000,,,\n";
        Assert.Equal(0, (await cli.RunAsync("voucher", "import", cli.File("v.csv", voucher), "--by", "ketoan")).Code);
        var before = DatabaseFingerprint.Of(cli.Db.DbArgument);
        const string header = "code,name,kind,parent,chapter,valid_from,valid_to,successor\n";

        var early = await cli.RunAsync("unit", "import", cli.File("dong.csv", header + "BTC,Ban Tổ chức Tỉnh ủy,party-agency,VPTU,509,2018-01-01,2026-01-31,\n"), "--by", "admin");
        var self = await cli.RunAsync("unit", "import", cli.File("tu-ke-thua.csv", header + "BTC,Ban Tổ chức Tỉnh ủy,party-agency,VPTU,509,2018-01-01,2026-12-31,BTC\n"), "--by", "admin");

        Assert.Equal(ExitCodes.Refused, early.Code);
        Assert.Contains("dong.csv: Dòng 2, cột valid_to: Đơn vị BTC còn chứng từ ngày 10/02/2026", early.Err, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Refused, self.Code);
        Assert.Contains("[org.successor-self]", self.Err, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFingerprint.Of(cli.Db.DbArgument));

        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("cu.csv", header + "CU,Ban đã giải thể,party-agency,VPTU,509,2018-01-01,2024-12-31,\n"), "--by", "admin")).Code);
        var closed = await cli.RunAsync("balance", "import", cli.File("so-du.csv", "unit,year,account,debit,credit\nCU,2026,1111,100,0\nCU,2026,3371,0,100\n"), "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, closed.Code);
        Assert.Contains("so-du.csv: Dòng 2, cột unit: Đơn vị 'CU' không hoạt động trong năm 2026", closed.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondWriter_SaysItIsWaiting_AndGivesUpClearlyAfterItsWait()
    {
        await using var cli = await SetUpAsync();
        var before = DatabaseFingerprint.Of(cli.Db.DbArgument);
        var file = cli.File("don-vi.csv", "code,name,kind,parent,chapter,valid_from,valid_to,successor\nBKT,Ủy ban Kiểm tra Tỉnh ủy,party-agency,VPTU,509,2018-01-01,,\n");
        await using (var holder = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={cli.Db.DbArgument};Pooling=False"))
        {
            await holder.OpenAsync();
            await using (var begin = holder.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE";
                await begin.ExecuteNonQueryAsync(); // another writer holds the database
            }

            var (code, _, err) = await cli.RunAsync("unit", "import", file, "--by", "admin", "--wait", "1");

            Assert.Equal(ExitCodes.Failure, code);
            Assert.Contains("Đang chờ cơ sở dữ liệu: một thao tác khác đang ghi (chờ tối đa 1 giây)", err, StringComparison.Ordinal);
            Assert.Contains("cơ sở dữ liệu đang bận", err, StringComparison.Ordinal);
        }

        Assert.Equal(before, DatabaseFingerprint.Of(cli.Db.DbArgument));
        Assert.Equal(0, (await cli.RunAsync("unit", "import", file, "--by", "admin", "--wait", "1")).Code); // free again: no message, done
    }

    [Fact]
    public async Task AMissingDatabaseFile_IsNamed_AndNotCreated()
    {
        var folder = Directory.CreateTempSubdirectory("pf-missing-").FullName;
        try
        {
            var missing = Path.Combine(folder, "khong-co.db");
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();

            var code = await CliApp.RunAsync(["--db", missing, "ledger", "trial-balance", "--year", "2026"], stdout, stderr, TimeProvider.System);

            Assert.Equal(ExitCodes.Refused, code);
            Assert.Contains($"Không tìm thấy cơ sở dữ liệu '{missing}'", stderr.ToString(), StringComparison.Ordinal);
            Assert.Contains("db init", stderr.ToString(), StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AMalformedConnectionString_IsAUsageError()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await CliApp.RunAsync(["--db", "Host=localhost;Port=năm;Chìa=khóa", "ledger", "trial-balance", "--year", "2026"], stdout, stderr, TimeProvider.System);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("Chuỗi kết nối PostgreSQL không hợp lệ", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMalformedSqlServerConnectionString_IsAUsageError()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await CliApp.RunAsync(["--db", "Server=db;Chìa=khóa;Database=partyfinance", "ledger", "trial-balance", "--year", "2026"], stdout, stderr, TimeProvider.System);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("Chuỗi kết nối SQL Server không hợp lệ", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", stderr.ToString(), StringComparison.Ordinal);
    }

    private static async Task<Scenario> SetUpAsync()
    {
        var cli = await Scenario.CreateAsync();
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", "admin")).Code);
        Assert.Equal(0, (await cli.RunAsync("budget", "import", cli.File("estimates.csv", Estimates), "--by", "ketoan")).Code);
        return cli;
    }
}
