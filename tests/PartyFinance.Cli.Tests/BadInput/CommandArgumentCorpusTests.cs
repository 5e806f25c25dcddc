using PartyFinance.Testing;
using Scenario = PartyFinance.Cli.Tests.Budgeting.Cli;

namespace PartyFinance.Cli.Tests.BadInput;

/// <summary>
/// The bad-argument corpus of the commands: on one database holding a unit's books (an estimate, a
/// voucher, an asset, tools), every command that takes arguments is given the dates, months, years,
/// amounts, codes and ids a person gets wrong. Each must be refused with the exit code of its kind (2: the
/// value cannot be read; 1: it names nothing that exists or breaks a rule), a Vietnamese message naming the
/// argument or field, and an unchanged database (fingerprint of every table).
/// </summary>
public sealed class CommandArgumentCorpusTests
{
    private const string Units = "code,name,kind,parent,chapter,valid_from,valid_to,successor\n" +
        "VPTU,Văn phòng Tỉnh ủy Bắc Ninh,provincial-office,,509,2018-01-01,,\nBTC,Ban Tổ chức Tỉnh ủy,party-agency,VPTU,509,2018-01-01,,\n";

    private static readonly string[] L = ["--fund-source", "NSNN", "--autonomy", "autonomous", "--sector", "340-351", "--budget-item", "6501"];

    private const int U = ExitCodes.Usage;
    private const int R = ExitCodes.Refused;

    private sealed record Case(string Name, string[] Args, int Exit, string Named);

    private static string[] Event(string amount, string unit = "VPTU", string fund = "NSNN", string item = "6501", string date = "2026-03-01") =>
        ["voucher", "event", "pay-withdrawal", "--unit", unit, "--fund-source", fund, "--autonomy", "autonomous", "--sector", "340-351", "--budget-item", item,
            "--key", "k1", "--date", date, "--amount", amount];

    private static string[] Change(string kind, string amount, string unit = "VPTU", string date = "2026-02-01", string item = "6501") =>
        ["budget", kind, "--unit", unit, "--fund-source", "NSNN", "--autonomy", "autonomous", "--sector", "340-351", "--budget-item", item, "--year", "2026",
            "--amount", amount, "--decision-no", "1/QĐ", "--date", date];

    private static string[] Request(string amount, string purpose = "Mua văn phòng phẩm", string unit = "VPTU", string[]? line = null) =>
        ["spend", "request", "--unit", unit, .. line ?? L, "--amount", amount, "--purpose", purpose];

    private static string[] Plan(string schedule = "monthly", string start = "2026-04", string amount = "1000000", string[]? line = null) =>
        ["spend", "plan", "add", "--unit", "VPTU", .. line ?? L, "--amount", amount, "--schedule", schedule, "--start", start, "--counterparty", "Điện lực"];

    private static string[] Line(string fund = "NSNN", string sector = "340-351", string item = "6501") =>
        ["--fund-source", fund, "--autonomy", "autonomous", "--sector", sector, "--budget-item", item];

    private static string[] User(string login, string role = "accountant", string scope = "VPTU", string from = "2025-01-01", params string[] more) =>
        ["user", "add", login, "--name", "Nguyễn Văn B", "--role", role, "--scope", scope, "--from", from, .. more, "--by", "admin"];

    private static string[] Receive(string cost, string unit = "VPTU", string quantity = "4") =>
        ["tool", "receive", "CC-01", "--name", "Ấm chén", "--measure", "bộ", "--quantity", quantity, "--unit-cost", cost, "--date", "2026-03-01", "--unit", unit, .. L];

    private static readonly string[] Amounts = ["9223372036854775807", "1000000000000001", "99999999999999999999", "1.5", "1,5", "1e9", "một triệu", "1.0000.000", ""];

    private static IEnumerable<Case> Cases()
    {
        // Every amount option reads the same way: a malformed or too large amount is a usage error naming the option.
        foreach (var a in Amounts)
        {
            yield return new($"voucher event amount '{a}'", Event(a), U, "--amount");
            yield return new($"budget supplement amount '{a}'", Change("supplement", a), U, "--amount");
            yield return new($"spend request amount '{a}'", Request(a), U, "--amount");
            yield return new($"spend plan amount '{a}'", Plan(amount: a), U, "--amount");
            yield return new($"tool receive unit cost '{a}'", Receive(a), U, "--unit-cost");
        }

        foreach (var d in new[] { "2026-02-30", "2026-13-01", "1899-12-31", "2101-01-01", "30/02/2026", "02/31/2026", "hôm nay", "26-03-01" })
        {
            yield return new($"voucher event date '{d}'", Event("1000", date: d), U, "--date");
            yield return new($"voucher reverse date '{d}'", ["voucher", "reverse", "BTC/PC/2026/000001", "--date", d, "--reason", "Ghi nhầm"], U, "--date");
            yield return new($"budget supplement date '{d}'", Change("supplement", "1000", date: d), U, "--date");
            yield return new($"close year date '{d}'", ["close", "year", "--year", "2026", "--date", d], U, "--date");
            yield return new($"user add from '{d}'", User("kt2", from: d), U, "--from");
            yield return new($"asset upgrade date '{d}'", ["asset", "upgrade", "TS-101", "--date", d, "--amount", "1000", "--reason", "BB 3/2026"], U, "--date");
            yield return new($"tool issue date '{d}'", ["tool", "issue", "CC-A", "--quantity", "1", "--date", d], U, "--date");
        }

        foreach (var m in new[] { "2026-13", "2026-00", "1899-12", "2101-01", "13/2026", "2026-3x", "tháng 3" })
        {
            yield return new($"period lock month '{m}'", ["period", "lock", "--unit", "BTC", "--month", m], U, "--month");
            yield return new($"spend plan start '{m}'", Plan(start: m), U, "--start");
            yield return new($"run-recurring through '{m}'", ["spend", "run-recurring", "--through", m], U, "--through");
            yield return new($"asset depreciate month '{m}'", ["asset", "depreciate", "--month", m], U, "--month");
        }

        foreach (var y in new[] { "1899", "2101", "99999", "0", "-1" })
        {
            yield return new($"close year year {y}", ["close", "year", "--year", y], U, "--year");
            yield return new($"asset wear year {y}", ["asset", "wear", "--year", y], U, "--year");
            yield return new($"budget close-year year {y}", ["budget", "close-year", "--year", y], U, "--year");
            yield return new($"tool close-year year {y}", ["tool", "close-year", "--year", y], U, "--year");
        }

        foreach (var c in new Case[]
        {
            new("close year year not a number", ["close", "year", "--year", "hai nghìn"], U, "hai nghìn"),
            new("asset class list year 3000", ["asset", "class", "list", "--year", "3000"], U, "--year"),
            new("report show year 1800", ["report", "show", "B01-BCTC", "--year", "1800"], U, "--year"),
            new("report export year 2101", ["report", "export", "--year", "2101", "--out", "bao-cao.xlsx"], U, "--year"),
            new("period lock unknown unit", ["period", "lock", "--unit", "KHONGCO", "--month", "2026-03"], R, "Trường unit: Đơn vị 'KHONGCO'"),
            new("period unlock a month not locked", ["period", "unlock", "--unit", "BTC", "--month", "2026-03", "--reason", "Sửa sai"], R, "Trường month: Kỳ 03/2026"),
            new("voucher reverse unknown number", ["voucher", "reverse", "KHONG/PC/2026/000009", "--date", "2026-03-01", "--reason", "Ghi nhầm"], R, "Trường number:"),
            new("voucher reverse before the original", ["voucher", "reverse", "BTC/PC/2026/000001", "--date", "2026-02-01", "--reason", "Ghi nhầm"], R, "Trường date: Ngày đảo 01/02/2026"),
            new("voucher reverse without a reason", ["voucher", "reverse", "BTC/PC/2026/000001", "--date", "2026-03-01", "--reason", ""], R, "Trường reason:"),
            new("voucher event unknown unit", Event("1000", unit: "KHONGCO"), R, "Trường unit: Đơn vị 'KHONGCO'"),
            new("voucher event zero amount", Event("0"), R, "Trường amount:"),
            new("voucher event unknown budget item", Event("1000", item: "9999"), R, "Trường budget_item:"),
            new("voucher event unknown fund source", Event("1000", fund: "XX"), R, "Trường fund_source:"),
            new("voucher event unknown event", ["voucher", "event", "khong-co", "--unit", "VPTU", .. L, "--key", "k1", "--date", "2026-03-01", "--amount", "1000"], R, "'khong-co'"),
            new("voucher event unknown autonomy", [.. Event("1000")[..8], "nua-voi", .. Event("1000")[9..]], U, "--autonomy 'nua-voi'"),
            new("voucher show unknown number", ["voucher", "show", "KHONG/PC/2026/1"], R, "Trường number:"),
            new("ledger general unknown account", ["ledger", "general", "--account", "99999", "--year", "2026"], R, "Trường account: Tài khoản '99999'"),
            new("ledger general from after to", ["ledger", "general", "--account", "1111", "--from", "2026-03-01", "--to", "2026-02-01"], U, "--from"),
            new("ledger trial balance unknown unit", ["ledger", "trial-balance", "--unit", "KHONGCO", "--year", "2026"], R, "Trường unit: Đơn vị 'KHONGCO'"),
            new("ledger trial balance two periods", ["ledger", "trial-balance", "--year", "2026", "--month", "2026-03"], U, "--year"),
            new("report show unknown report", ["report", "show", "KHONGCO", "--year", "2026"], R, "Trường code: Không có báo cáo 'KHONGCO'"),
            new("report export unknown report", ["report", "export", "--year", "2026", "--reports", "B01-BCTC,KHONGCO", "--out", "bao-cao.xlsx"], R, "Trường code: Không có báo cáo 'KHONGCO'"),
            new("report export unknown unit", ["report", "export", "--year", "2026", "--unit", "KHONGCO", "--out", "bao-cao.xlsx"], R, "Trường unit: Đơn vị 'KHONGCO'"),
            new("report export not a workbook", ["report", "export", "--year", "2026", "--out", "bao-cao.pdf"], U, "--out 'bao-cao.pdf'"),
            new("close year unknown unit", ["close", "year", "--year", "2026", "--unit", "KHONGCO"], R, "Trường unit: Đơn vị 'KHONGCO'"),
            new("tool close-year unknown unit", ["tool", "close-year", "--year", "2026", "--unit", "KHONGCO"], R, "Trường unit: Đơn vị 'KHONGCO'"),
            new("budget supplement unknown unit", Change("supplement", "1000", unit: "KHONGCO"), R, "KHONGCO/2026/NSNN"),
            new("budget supplement zero", Change("supplement", "0"), R, "Trường amount:"),
            new("budget supplement of a line never allocated", Change("supplement", "1000", item: "6551"), R, "VPTU/2026/NSNN/autonomous/340-351/6551"),
            new("budget supplement decided after the year", Change("supplement", "1000", date: "2027-01-10"), R, "Trường decision_date: Quyết định ngày 10/01/2027"),
            new("budget adjust below nothing", Change("adjust", "-60000000"), R, "Trường amount: Dự toán dòng"),
            new("budget transfer to an unknown unit", [.. Change("transfer", "1000"), "--to-unit", "KHONGCO"], R, "Trường unit: Đơn vị 'KHONGCO'"),
            new("budget transfer to itself", [.. Change("transfer", "1000"), "--to-unit", "VPTU"], R, "Trường unit:"),
            new("budget control mode unknown", ["budget", "control-mode", "--fund-source", "NSNN", "--year", "2027", "--mode", "gi-do"], U, "--mode 'gi-do'"),
            new("budget control mode once allocated", ["budget", "control-mode", "--fund-source", "NSNN", "--year", "2026", "--mode", "warn"], R, "Trường control_mode:"),
            new("budget status unknown unit", ["budget", "status", "--year", "2026", "--unit", "KHONGCO"], R, "Trường unit: Đơn vị 'KHONGCO'"),
            new("spend request zero", Request("0"), R, "Trường amount:"),
            new("spend request without purpose", Request("1000", purpose: ""), R, "Trường purpose:"),
            new("spend request unknown unit", Request("1000", unit: "KHONGCO"), R, "Trường unit: Đơn vị 'KHONGCO'"),
            new("spend request on an item outside the classification", Request("1000", line: Line(item: "9999")), R, "Trường budget_item: Mục/tiểu mục '9999'"),
            new("spend request on a sector outside the classification", Request("1000", line: Line(sector: "340-999")), R, "Trường sector: Loại-khoản '340-999'"),
            new("spend request on a sector written without its group", Request("1000", line: Line(sector: "351")), R, "Trường sector: Loại-khoản '351'"),
            new("spend request on an unknown fund source", Request("1000", line: Line(fund: "KHONGCO")), R, "Trường fund_source: Nguồn kinh phí 'KHONGCO'"),
            new("spend plan on an item outside the classification", Plan(line: Line(item: "9999")), R, "Trường budget_item: Mục/tiểu mục '9999'"),
            new("spend submit unknown id", ["spend", "submit", "999"], R, "Trường id: Không tìm thấy đề nghị chi 999"),
            new("spend submit id not a number", ["spend", "submit", "abc"], U, "'abc'"),
            new("spend approve unknown id", ["spend", "approve", "999", "--decision-no", "1/QĐ"], R, "Trường id: Không tìm thấy đề nghị chi 999"),
            new("spend pay unknown id", ["spend", "pay", "999", "--date", "2026-03-01"], R, "Trường id: Không tìm thấy đề nghị chi 999"),
            new("spend cancel unknown id", ["spend", "cancel", "999"], R, "Trường id: Không tìm thấy đề nghị chi 999"),
            new("spend plan unknown schedule", Plan(schedule: "hang-ngay"), U, "--schedule 'hang-ngay'"),
            new("spend plan submit unknown id", ["spend", "plan", "submit", "999"], R, "Trường id: Không tìm thấy kế hoạch chi định kỳ số 999"),
            new("user add unknown role", User("kt2", role: "khong-co"), U, "--role 'khong-co'"),
            new("user add unknown scope", User("kt2", scope: "KHONGCO"), R, "Trường scope:"),
            new("user add ending before it starts", User("kt2", "accountant", "VPTU", "2026-01-01", "--to", "2025-01-01"), R, "Trường to:"),
            new("user add by someone who may not", [.. User("kt2")[..^1], "ketoan"], R, "Trường by: ketoan"),
            new("user password missing file", ["user", "password", "ketoan", "--password-file", "/khong/co/tep.txt", "--by", "admin"], R, "Trường password-file:"),
            new("authority end unknown rule set", ["authority", "end", "Không có", "--date", "2026-12-31", "--reason", "Thay thế", "--by", "admin"], R, "Không có"),
            new("authority end bad date", ["authority", "end", "Quy chế chi tiêu nội bộ — mẫu", "--date", "2026-13-31", "--reason", "Thay thế", "--by", "admin"], U, "--date '2026-13-31'"),
            new("authority decide unknown action", ["authority", "decide", "--action", "bay", "--unit", "VPTU", "--amount", "1000"], U, "--action 'bay'"),
            new("authority decide unknown unit", ["authority", "decide", "--action", "spend", "--unit", "KHONGCO", "--amount", "1000"], R, "Trường unit: Đơn vị 'KHONGCO'"),
            new("authority decide amount beyond 64 bits", ["authority", "decide", "--action", "spend", "--unit", "VPTU", "--amount", "9223372036854775808"], U, "--amount"),
            new("approval approve unknown number", ["approval", "approve", "999", "--decision-no", "1/QĐ", "--date", "2026-03-01"], R, "Trường id: Không tìm thấy hồ sơ duyệt 999."),
            new("approval reject unknown number", ["approval", "reject", "999", "--reason", "Thiếu hồ sơ"], R, "Trường id: Không tìm thấy hồ sơ duyệt 999."),
            new("approval show unknown number", ["approval", "show", "999"], R, "Trường id: Không tìm thấy hồ sơ duyệt 999."),
            new("approval approve malformed number", ["approval", "approve", "mười hai", "--decision-no", "1/QĐ", "--date", "2026-03-01"], U, "'mười hai'"),
            new("approval submit unknown document kind", ["approval", "submit", "--document-kind", "khong", "--document", "T1", "--unit", "VPTU", "--amount", "1000", "--action", "purchase",
                "--asset-class", "other", "--date", "2026-03-01"], U, "--document-kind 'khong'"),
            new("asset show unknown code", ["asset", "show", "TS-999"], R, "Trường code: Không có tài sản mã 'TS-999'"),
            new("asset wear unknown unit", ["asset", "wear", "--year", "2026", "--unit", "KHONGCO"], R, "Trường unit: Đơn vị 'KHONGCO'"),
            new("asset upgrade unknown code", ["asset", "upgrade", "TS-999", "--date", "2026-06-01", "--amount", "1000", "--reason", "BB 3/2026"], R, "Trường code: Không có tài sản mã 'TS-999'"),
            new("asset upgrade unknown share", ["asset", "upgrade", "TS-101", "--date", "2026-06-01", "--amount", "1000", "--share", "khong", "--reason", "BB 3/2026"], U, "--share 'khong'"),
            new("asset upgrade amount above 10^15", ["asset", "upgrade", "TS-101", "--date", "2026-06-01", "--amount", "1000000000000001", "--reason", "BB 3/2026"], U, "--amount"),
            new("asset transfer to an unknown unit", ["asset", "transfer", "TS-101", "--date", "2026-07-01", "--to", "KHONGCO", "--reason", "Điều chuyển"], R, "Trường to: Đơn vị nhận 'KHONGCO'"),
            new("asset transfer to its own unit", ["asset", "transfer", "TS-101", "--date", "2026-07-01", "--to", "BTC", "--reason", "Điều chuyển"], R, "Trường to:"),
            new("asset sell negative proceeds", ["asset", "sell", "TS-101", "--date", "2026-07-01", "--proceeds", "-1", "--reason", "Bán"], U, "--proceeds"),
            new("asset liquidate unknown code", ["asset", "liquidate", "TS-999", "--date", "2026-07-01", "--reason", "Thanh lý"], R, "Trường code: Không có tài sản mã 'TS-999'"),
            new("asset stocktake start unknown unit", ["asset", "stocktake", "start", "--unit", "KHONGCO", "--date", "2026-11-30"], R, "Trường unit: Đơn vị 'KHONGCO'"),
            new("asset stocktake close unknown sheet", ["asset", "stocktake", "close", "999"], R, "Trường sheet: Không có phiếu kiểm kê số 999"),
            new("tool issue unknown code", ["tool", "issue", "CC-999", "--quantity", "1", "--date", "2026-04-01"], R, "Trường code: Không có công cụ, dụng cụ mã 'CC-999'"),
            new("tool issue nothing", ["tool", "issue", "CC-A", "--quantity", "0", "--date", "2026-04-01"], R, "Trường quantity:"),
            new("tool issue more than in store", ["tool", "issue", "CC-A", "--quantity", "11", "--date", "2026-04-01"], R, "Trường quantity: Công cụ, dụng cụ CC-A chỉ còn 10"),
            new("tool issue a fraction", ["tool", "issue", "CC-A", "--quantity", "1.5", "--date", "2026-04-01"], U, "'--quantity'"),
            new("tool show unknown code", ["tool", "show", "CC-999"], R, "Trường code: Không có công cụ, dụng cụ mã 'CC-999'"),
            new("tool receive unknown unit", Receive("250000", unit: "KHONGCO"), R, "Trường unit: Đơn vị 'KHONGCO'"),
            new("tool receive zero quantity", Receive("250000", quantity: "0"), R, "Trường quantity:"),
            new("an unknown option", ["unit", "list", "--khong-co"], U, "'--khong-co'"),
        })
        {
            yield return c;
        }
    }

    [Fact]
    public async Task EveryCommand_RefusesEveryBadArgument_NamingIt_AndChangesNothing()
    {
        await using var cli = await SetUpAsync();
        var problems = new List<string>();
        var count = 0;
        foreach (var c in Cases())
        {
            count++;
            var before = DatabaseFingerprint.Of(cli.Db.DbArgument);
            var (code, _, err) = await cli.RunAsync(c.Args);
            if (code != c.Exit || !err.Contains(c.Named, StringComparison.Ordinal))
            {
                problems.Add($"{c.Name}: exit {code} (expected {c.Exit}), expected '{c.Named}' in: {err.Trim()}");
            }

            if (DatabaseFingerprint.Of(cli.Db.DbArgument) != before)
            {
                problems.Add($"{c.Name}: the database changed");
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of {count} cases:\n" + string.Join('\n', problems));
        Assert.True(count >= 200, $"only {count} cases");
    }

    private static async Task<Scenario> SetUpAsync()
    {
        var cli = await Scenario.CreateAsync();
        async Task Must(params string[] args)
        {
            var (code, _, err) = await cli.RunAsync(args);
            Assert.True(code == 0, $"{string.Join(' ', args)}: {err}");
        }

        await Must("unit", "import", cli.File("units.csv", Units), "--by", "admin");
        await Must("budget", "import", cli.File("estimates.csv", "unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date\n" +
            "VPTU,2026,NSNN,autonomous,340-351,6501,50000000,12/QĐ-VPTU,2026-01-05\n"));
        await Must("asset", "import", cli.File("ts.csv", "code,name,class,unit,in_service,original_cost,accumulated_wear,funding_state,funding_party,funding_other,origin,location,custodian,sector\n" +
            "TS-101,Xe ô tô 7 chỗ,OTO,BTC,2021-06-15,900000000,450000000,900000000,0,0,purchase,Gara,Tổ lái xe,340-351\n"), "--date", "2026-01-01");
        await Must("tool", "import", cli.File("cc.csv", "code,name,unit,measure,quantity,unit_cost,fund_source,sector,budget_item,custodian\n" +
            "CC-A,Ghế nhựa,BTC,cái,10,150.000,NSNN,340-351,6956,Thủ kho\n"), "--date", "2026-01-01");
        await Must("voucher", "import", cli.File("v.csv", "key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector,counterparty\n" +
            "m2,2026-02-11,BTC,PC,Tạm ứng công tác phí,141,500000,,,,,Nguyễn Văn A\nm2,2026-02-11,BTC,PC,Tạm ứng công tác phí,1111,,500000,,,,\n"));
        return cli;
    }
}
