using System.Globalization;
using PartyFinance.Cli;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Cli.Tests.Budgeting;

/// <summary>
/// One authority model, seen from the command line: `db init` ships the spending regulation, and
/// `spend approve` / `spend plan approve` enforce exactly what `authority decide` answers.
/// </summary>
public sealed class SpendingAuthorityCliTests
{
    private const string Units = """
        code,name,kind,parent,chapter,valid_from,valid_to,successor
        VPTU,Văn phòng Tỉnh ủy Bắc Ninh,provincial-office,,509,2018-01-01,,

        """;

    private static readonly string[] Line = ["--unit", "VPTU", "--fund-source", "NSNN", "--autonomy", "autonomous", "--sector", "340-351", "--budget-item", "6501"];

    /// <summary>The signer of each step, lowest first (unit head of VPTU, office chief, Standing Board, Standing Committee).</summary>
    private static readonly string[] Signers = ["thutruong.vptu", "chanhvp", "thuongtruc", "bantv"];

    private static string N(long v) => v.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task FreshInstallation_AnswersSpendQuestions_WithSpendingKindAnyByDefault()
    {
        await using var cli = await SetUpAsync();

        var any = await cli.JsonAsync("authority", "decide", "--action", "spend", "--unit", "VPTU", "--value", "150000000", "--date", "2025-03-01");
        var recurring = await cli.JsonAsync("authority", "decide", "--action", "spend", "--unit", "VPTU", "--value", "150000000", "--spending-kind", "recurring");
        var (before, _, error) = await cli.RunAsync("authority", "decide", "--action", "spend", "--unit", "VPTU", "--value", "1", "--date", "2024-12-31");

        Assert.Equal(("office-chief", "Quy chế chi tiêu nội bộ — mẫu"), (any.GetProperty("decider").GetString(), any.GetProperty("rule_set").GetString()));
        Assert.Equal("unit-head", recurring.GetProperty("decider").GetString());
        Assert.Equal(ExitCodes.Refused, before);
        Assert.Contains("[authority.no-rule-set]", error, StringComparison.Ordinal);
        var sets = (await cli.JsonAsync("authority", "list")).EnumerateArray().ToList();
        Assert.All(sets, s => Assert.Equal("U", s.GetProperty("verified").GetString()));
        Assert.Equal(3, sets.Count);
    }

    [Fact]
    public async Task SpendApprove_AtEveryBandEdgeOfTheShippedRegulation_RunsTheChainUpToWhatAuthorityDecideNames()
    {
        await using var cli = await SetUpAsync("20000000000");
        foreach (var value in new long[] { 1, 99_999_999, 100_000_000, 999_999_999, 1_000_000_000, 4_999_999_999, 5_000_000_000 })
        {
            var decided = await cli.JsonAsync("authority", "decide", "--action", "spend", "--spending-kind", "one-off", "--unit", "VPTU", "--value", N(value));
            var decider = decided.GetProperty("decider").GetString();
            var created = await cli.JsonAsync(["spend", "request", .. Line, "--amount", N(value), "--purpose", "Mua sắm", "--by", "ketoan"]);
            var id = N(created.GetProperty("id").GetInt64());

            var submitted = await cli.JsonAsync("spend", "submit", id, "--by", "ketoan");
            var steps = submitted.GetProperty("steps").GetArrayLength();
            Assert.Equal(decider, submitted.GetProperty("decider").GetString());
            for (var step = 0; step < steps; step++)
            {
                var signed = await cli.JsonAsync("spend", "approve", id, "--by", Signers[step], "--decision-no", $"{step + 1}/QĐ-{id}");
                Assert.Equal(step == steps - 1 ? "approved" : "submitted", signed.GetProperty("status").GetString());
                Assert.Equal((decider, decided.GetProperty("rule_set").GetString(), decided.GetProperty("citation").GetString()),
                    (signed.GetProperty("decider").GetString(), signed.GetProperty("rule_set").GetString(), signed.GetProperty("citation").GetString()));
            }

            Assert.Equal(Signers.Length - Array.IndexOf(["unit-head", "office-chief", "standing-board", "standing-committee"], decider) - 1, Signers.Length - steps);
        }
    }

    [Fact]
    public async Task PlanApprove_AtEveryBandEdgeOfTheShippedRecurringRules_RunsTheChainUpToWhatAuthorityDecideNames()
    {
        await using var cli = await SetUpAsync();
        foreach (var total in new long[] { 1, 299_999_999, 300_000_000, 1_999_999_999, 2_000_000_000, 9_999_999_999, 10_000_000_000 })
        {
            var decided = await cli.JsonAsync("authority", "decide", "--action", "spend", "--spending-kind", "recurring", "--unit", "VPTU", "--value", N(total));
            var decider = decided.GetProperty("decider").GetString();
            var plan = await cli.JsonAsync(["spend", "plan", "add", .. Line, "--amount", N(total), "--schedule", "yearly", "--start", "2026-01", "--end", "2026-12",
                "--payee", "Nhà cung cấp", "--by", "ketoan"]);
            var id = N(plan.GetProperty("id").GetInt64());
            var rank = Array.IndexOf(["unit-head", "office-chief", "standing-board", "standing-committee"], decider);

            var submitted = await cli.JsonAsync("spend", "plan", "submit", id, "--by", "ketoan");
            Assert.Equal((decider, rank + 1, "submitted"), (submitted.GetProperty("decider").GetString(), submitted.GetProperty("steps").GetArrayLength(),
                submitted.GetProperty("status").GetString()));
            for (var step = 0; step <= rank; step++)
            {
                var signed = await cli.JsonAsync("spend", "plan", "approve", id, "--by", Signers[step], "--decision-no", $"{step + 1}/QĐ-KH{id}");
                Assert.Equal(step == rank ? "approved" : "submitted", signed.GetProperty("status").GetString());
                Assert.Equal((decider, decided.GetProperty("rule_set").GetString(), decided.GetProperty("citation").GetString()),
                    (signed.GetProperty("decider").GetString(), signed.GetProperty("rule_set").GetString(), signed.GetProperty("citation").GetString()));
            }

            var done = await cli.RunAsync("spend", "plan", "approve", id, "--by", Signers[^1], "--decision-no", "9/QĐ");
            Assert.Equal(ExitCodes.Refused, done.Code);
            Assert.Contains("[spending.invalid-transition]", done.Err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PlanApproval_IsInTheInbox_ShownByApprovalShow_AndSignedOnlyWithThePlanCommand()
    {
        await using var cli = await SetUpAsync();
        var plan = await cli.JsonAsync(["spend", "plan", "add", .. Line, "--amount", "30000000", "--schedule", "monthly", "--start", "2026-01",
            "--payee", "Công ty bảo vệ", "--by", "ketoan"]);
        var id = N(plan.GetProperty("id").GetInt64());
        var (submitCode, submitText, submitError) = await cli.RunAsync("spend", "plan", "submit", id, "--by", "ketoan");
        Assert.True(submitCode == ExitCodes.Success, submitError);
        Assert.Contains("Chuỗi duyệt: 1. Thủ trưởng đơn vị → 2. Chánh Văn phòng Tỉnh ủy (quyết định)", submitText, StringComparison.Ordinal);
        Assert.Contains("360.000.000 đ", submitText, StringComparison.Ordinal);

        var inbox = (await cli.JsonAsync("approval", "list", "--pending", "--for", "thutruong.vptu")).EnumerateArray().ToList();
        var row = Assert.Single(inbox, r => r.GetProperty("document").GetString() == "PLAN-" + id);
        Assert.Equal(("recurring-plan", "office-chief", 1), (row.GetProperty("document_kind").GetString(), row.GetProperty("decider").GetString(), row.GetProperty("next_step").GetInt32()));
        var number = N(row.GetProperty("number").GetInt64());

        var (wrongCode, _, wrongError) = await cli.RunAsync("approval", "approve", number, "--decision-no", "1/QĐ", "--date", "2026-03-01", "--by", "thutruong.vptu");
        Assert.Equal(ExitCodes.Refused, wrongCode);
        Assert.Contains("spend plan approve|reject " + id, wrongError, StringComparison.Ordinal);

        var (_, first, _) = await cli.RunAsync("spend", "plan", "approve", id, "--by", "thutruong.vptu", "--decision-no", "1/QĐ-VPTU");
        Assert.Contains("chờ bước 2 (Chánh Văn phòng Tỉnh ủy)", first, StringComparison.Ordinal);
        Assert.DoesNotContain((await cli.JsonAsync("approval", "list", "--pending", "--for", "thutruong.vptu")).EnumerateArray(),
            r => r.GetProperty("document").GetString() == "PLAN-" + id);
        Assert.Equal("submitted", (await cli.JsonAsync("spend", "plan", "list")).EnumerateArray().Single(p => N(p.GetProperty("id").GetInt64()) == id).GetProperty("status").GetString());

        await cli.JsonAsync("spend", "plan", "approve", id, "--by", "chanhvp", "--decision-no", "2/QĐ-VPTU");
        var (_, shown, _) = await cli.RunAsync("approval", "show", number);
        Assert.Contains("kế hoạch chi định kỳ PLAN-" + id, shown, StringComparison.Ordinal);
        Assert.Contains("[đã duyệt: chanhvp]", shown, StringComparison.Ordinal);
        Assert.Equal("released", (await cli.JsonAsync("approval", "show", number)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task TextOutput_NamesDecidersRolesAndStatusesInVietnamese_WithoutTheirCodes_JsonKeepsTheCodes()
    {
        await using var cli = await SetUpAsync("900000000");
        var created = await cli.JsonAsync(["spend", "request", .. Line, "--amount", "150000000", "--purpose", "Sửa chữa", "--by", "ketoan"]);
        var id = N(created.GetProperty("id").GetInt64());
        var texts = new List<string>
        {
            (await cli.RunAsync("authority", "decide", "--action", "spend", "--unit", "VPTU", "--amount", "150000000")).Out,
            (await cli.RunAsync("authority", "list")).Out,
            (await cli.RunAsync("spend", "submit", id, "--by", "ketoan")).Out,
            (await cli.RunAsync("spend", "approve", id, "--by", "thutruong.vptu", "--decision-no", "1/QĐ")).Out,
            (await cli.RunAsync("spend", "approve", id, "--by", "thutruong.vptu", "--decision-no", "1/QĐ")).Err,
            (await cli.RunAsync("spend", "approve", id, "--by", "ketoan", "--decision-no", "1/QĐ")).Err,
            (await cli.RunAsync("spend", "show", id)).Out,
            (await cli.RunAsync("approval", "show", "1")).Out,
            (await cli.RunAsync("approval", "list")).Out,
        };
        string[] codes = [.. Enum.GetValues<Domain.Authority.Decider>().Select(d => d.ToSlug()), .. Enum.GetValues<Domain.Authority.Role>().Select(r => r.ToSlug()),
            .. Enum.GetValues<Domain.Budgeting.SpendingStatus>().Select(x => x.Code()), .. Enum.GetValues<Domain.Authority.ApprovalStatus>().Select(x => x.ToSlug()),
            "spend.decide", "(spend)"];

        Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t)));
        Assert.All(texts, t => Assert.All(codes, code => Assert.False(
            System.Text.RegularExpressions.Regex.IsMatch(t, $@"(?<![\w.-]){System.Text.RegularExpressions.Regex.Escape(code)}(?![\w-])"), $"'{code}' in: {t}")));
        Assert.Contains("Chánh Văn phòng Tỉnh ủy", texts[0], StringComparison.Ordinal);
        Assert.Contains("vai trò được phép: thủ trưởng đơn vị", texts[5], StringComparison.Ordinal);
        Assert.Equal("office-chief", (await cli.JsonAsync("approval", "show", "1")).GetProperty("decider").GetString());
    }

    [Fact]
    public async Task SpendApprove_ByTheRequestsMaker_IsRefused_AndCancellingAnApprovedRequestNeedsAReason()
    {
        await using var cli = await SetUpAsync();

        // The unit head also keeps the books (an accountant's grant), so the permission guard lets them make the request.
        await cli.JsonAsync("user", "add", "thutruong.vptu", "--name", "Người duyệt thutruong.vptu", "--role", "accountant", "--scope", "VPTU", "--from", "2024-01-01", "--by", TestUsers.Admin);
        var created = await cli.JsonAsync(["spend", "request", .. Line, "--amount", "1000000", "--purpose", "Mua bút", "--by", "thutruong.vptu"]);
        var id = N(created.GetProperty("id").GetInt64());
        await cli.JsonAsync("spend", "submit", id, "--by", "thutruong.vptu");

        var (selfCode, _, selfError) = await cli.RunAsync("spend", "approve", id, "--by", "thutruong.vptu", "--decision-no", "1/QĐ");

        Assert.Equal(ExitCodes.Refused, selfCode);
        Assert.Contains("[authority.maker-cannot-approve]", selfError, StringComparison.Ordinal);

        var other = await cli.JsonAsync(["spend", "request", .. Line, "--amount", "1000000", "--purpose", "Mua giấy", "--by", "ketoan"]);
        var otherId = N(other.GetProperty("id").GetInt64());
        await cli.JsonAsync("spend", "submit", otherId, "--by", "ketoan");
        await cli.JsonAsync("spend", "approve", otherId, "--by", "thutruong.vptu", "--decision-no", "2/QĐ");
        var (cancelCode, _, cancelError) = await cli.RunAsync("spend", "cancel", otherId, "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, cancelCode);
        Assert.Contains("[spending.reason-required]", cancelError, StringComparison.Ordinal);
        Assert.Equal("cancelled", (await cli.JsonAsync("spend", "cancel", otherId, "--reason", "Hoãn mua", "--by", "ketoan")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task SpendApprove_TextOutput_NamesTheStepTheDeciderTheRuleSetAndTheCitation()
    {
        await using var cli = await SetUpAsync("900000000");
        var created = await cli.JsonAsync(["spend", "request", .. Line, "--amount", "150000000", "--purpose", "Sửa chữa hội trường", "--by", "ketoan"]);
        var id = N(created.GetProperty("id").GetInt64());

        var (_, submitted, _) = await cli.RunAsync("spend", "submit", id, "--by", "ketoan");
        var (_, first, _) = await cli.RunAsync("spend", "approve", id, "--by", "thutruong.vptu", "--decision-no", "10/QĐ-VPTU");
        var (_, last, _) = await cli.RunAsync("spend", "approve", id, "--by", "chanhvp", "--decision-no", "88/QĐ-VPTU");

        Assert.Contains("Chuỗi duyệt: 1. Thủ trưởng đơn vị → 2. Chánh Văn phòng Tỉnh ủy (quyết định)", submitted, StringComparison.Ordinal);
        Assert.Contains("Đã duyệt bước 1/2 của đề nghị chi số 1", first, StringComparison.Ordinal);
        Assert.Contains("chờ bước 2 (Chánh Văn phòng Tỉnh ủy)", first, StringComparison.Ordinal);
        Assert.Contains("trạng thái đã duyệt", last, StringComparison.Ordinal);
        Assert.Contains("Thẩm quyền quyết định: Chánh Văn phòng Tỉnh ủy — bộ quy tắc 'Quy chế chi tiêu nội bộ — mẫu' (mẫu (chưa ban hành)), Điều 6 khoản 2", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSpendingChain_IsSignedOnlyWithSpendCommands_AndCancellingASubmittedRequestWithdrawsIt()
    {
        await using var cli = await SetUpAsync();
        var created = await cli.JsonAsync(["spend", "request", .. Line, "--amount", "1000000", "--purpose", "Mua bút", "--by", "ketoan"]);
        var id = N(created.GetProperty("id").GetInt64());
        var submitted = await cli.JsonAsync("spend", "submit", id, "--by", "ketoan");
        var approval = submitted.GetProperty("approval_id").GetString()!;

        var (code, _, error) = await cli.RunAsync("approval", "approve", approval, "--decision-no", "1/QĐ", "--decision-date", "2026-03-15", "--by", "thutruong.vptu");
        await cli.JsonAsync("spend", "cancel", id, "--by", "ketoan");
        var shown = await cli.JsonAsync("approval", "show", approval);

        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("[authority.sign-with-spend-command]", error, StringComparison.Ordinal);
        Assert.Contains($"spend approve|reject {id}", error, StringComparison.Ordinal);
        Assert.Equal("withdrawn", shown.GetProperty("status").GetString());
        Assert.Equal("withdrawn", shown.GetProperty("history").EnumerateArray().Last().GetProperty("kind").GetString());
    }

    private static async Task<Cli> SetUpAsync(string allocation = "10000000")
    {
        var cli = await Cli.CreateAsync();
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", "admin")).Code);
        foreach (var (login, role, scope) in new[] { ("thutruong.vptu", "unit-head", "VPTU"), ("chanhvp", "office-chief", "province"), ("thuongtruc", "standing-board", "province"), ("bantv", "standing-committee", "province") })
        {
            var user = await cli.RunAsync("user", "add", login, "--name", "Người duyệt " + login, "--role", role, "--scope", scope, "--from", "2025-01-01", "--by", "admin");
            Assert.True(user.Code == 0, user.Err);
        }

        var estimates = $"unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date\nVPTU,2026,NSNN,autonomous,340-351,6501,{allocation},12-QĐ/VPTU,2026-01-05\n";
        var imported = await cli.RunAsync("budget", "import", cli.File("estimates.csv", estimates), "--by", "ketoan");
        Assert.True(imported.Code == 0, imported.Err);
        return cli;
    }
}
