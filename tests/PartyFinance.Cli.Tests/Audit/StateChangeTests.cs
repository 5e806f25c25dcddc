using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Persistence.Records;
using static PartyFinance.Cli.Tests.Audit.AuditFixture;

namespace PartyFinance.Cli.Tests.Audit;

/// <summary>Every kind of state change leaves an audit row with who did it, the command, and the reason when one was given.</summary>
public sealed class StateChangeTests
{
    private static readonly string[] Line = ["--unit", "VPTU", "--fund-source", "NSNN", "--autonomy", "autonomous", "--sector", "340-351", "--budget-item", "6501"];

    private static async Task<List<AuditEventRecord>> EventsAsync(CliRunner cli, string table)
    {
        await using var db = cli.Db.Target.CreateContext();
        return await db.AuditEvents.Where(e => e.TableName == table).OrderBy(e => e.Id).ToListAsync();
    }

    private static int Covered(AuditEventRecord e) => JsonDocument.Parse(e.AfterJson!).RootElement.GetProperty("vouchers").GetArrayLength();

    [Fact]
    public async Task VoucherImport_IsOnePostRowPerUnitAndYear_CoveringEveryVoucher_AsTheImporter()
    {
        await using var cli = await BooksAsync(DatabaseProvider.Sqlite);
        var row = Assert.Single(await EventsAsync(cli, "vouchers"), e => e.Command == "voucher import");
        Assert.Equal(("post", "ketoan", "VPTU", 2025, 3), (row.Kind, row.Actor, row.ChainUnit, row.ChainYear, Covered(row)));
        Assert.Contains(await EventsAsync(cli, "import_batches"), e => e.Kind == "create" && e.Command == "voucher import" && e.Actor == "ketoan");
    }

    [Fact]
    public async Task Reversal_IsRecordedWithItsReason()
    {
        await using var cli = await BooksAsync(DatabaseProvider.Sqlite);
        var row = Assert.Single(await EventsAsync(cli, "vouchers"), e => e.Command == "voucher reverse");
        Assert.Equal(("post", "ketoan", "Ghi nhầm tài khoản", 1), (row.Kind, row.Actor, row.Reason, Covered(row)));
        Assert.Contains("VPTU/PC/2025/000002", row.AfterJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeriodLockAndUnlock_AreRecordedBeforeAndAfter_TheUnlockWithItsReason()
    {
        await using var cli = await BooksAsync(DatabaseProvider.Sqlite);
        await cli.MustSucceedAsync("period", "unlock", "--unit", "VPTU", "--month", "2025-01", "--reason", "Sửa sai sót chứng từ", "--by", "ketoan");
        var periods = await EventsAsync(cli, "periods");
        Assert.Equal(["create", "update"], periods.Select(e => e.Kind));
        Assert.Equal(("period lock", null), (periods[0].Command, periods[0].Reason));
        var unlock = periods[1];
        Assert.Equal(("period unlock", "ketoan", "Sửa sai sót chứng từ", "VPTU/2025/1"), (unlock.Command, unlock.Actor, unlock.Reason, unlock.EntityKey));
        Assert.Contains("\"is_locked\":true", unlock.BeforeJson, StringComparison.Ordinal);
        Assert.Contains("\"is_locked\":false", unlock.AfterJson, StringComparison.Ordinal);
        Assert.Equal(2, (await EventsAsync(cli, "period_events")).Count);
    }

    [Fact]
    public async Task EstimatesAndTheirChanges_AreRecorded_AsTheAccountant()
    {
        await using var cli = await BudgetAsync();
        await cli.MustSucceedAsync(["budget", "supplement", .. Line, "--year", "2026", "--amount", "5000000", "--decision-no", "30/QĐ-VPTU", "--date", "2026-03-01", "--by", "ketoan"]);
        Assert.Contains(await EventsAsync(cli, "budget_lines"), e => e.Kind == "create" && e.Command == "budget import" && e.Actor == "ketoan" && e.ChainYear == 2026);
        var movements = await EventsAsync(cli, "budget_movements");
        Assert.Equal(["budget import", "budget supplement"], movements.Select(e => e.Command));
        Assert.Contains("30/QĐ-VPTU", movements[1].AfterJson, StringComparison.Ordinal);
        Assert.Contains((await EventsAsync(cli, "vouchers")), e => e.Command == "budget supplement" && e.Kind == "post");
    }

    [Fact]
    public async Task SpendingTransitionsAndApprovals_AreRecorded_AsWhoeverActed_RejectionWithItsReason()
    {
        await using var cli = await BudgetAsync();
        var first = (await cli.JsonAsync(["spend", "request", .. Line, "--amount", "1000000", "--purpose", "Mua mực in", "--by", "ketoan"])).GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
        await cli.MustSucceedAsync("spend", "submit", first, "--by", "ketoan");
        await cli.MustSucceedAsync("spend", "approve", first, "--by", "thutruong.vptu", "--decision-no", "1/QĐ");
        var second = (await cli.JsonAsync(["spend", "request", .. Line, "--amount", "2000000", "--purpose", "Mua giấy", "--by", "ketoan"])).GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
        await cli.MustSucceedAsync("spend", "submit", second, "--by", "ketoan");
        await cli.MustSucceedAsync("spend", "reject", second, "--by", "thutruong.vptu", "--reason", "Chưa có báo giá");

        var requests = await EventsAsync(cli, "spending_requests");
        Assert.Contains(requests, e => e.Kind == "create" && e.Command == "spend request" && e.Actor == "ketoan");
        Assert.Contains(requests, e => e.Kind == "update" && e.Command == "spend approve" && e.Actor == "thutruong.vptu");
        Assert.Contains(requests, e => e.Kind == "update" && e.Command == "spend reject" && e.Actor == "thutruong.vptu" && e.Reason == "Chưa có báo giá");
        Assert.Contains(await EventsAsync(cli, "spending_events"), e => e.Command == "spend submit" && e.Actor == "ketoan");
        var approvals = await EventsAsync(cli, "approval_events");
        Assert.Contains(approvals, e => e.Command == "spend approve" && e.Actor == "thutruong.vptu");
        Assert.Contains(approvals, e => e.Command == "spend reject" && e.Reason == "Chưa có báo giá");
        Assert.Contains(await EventsAsync(cli, "approval_requests"), e => e.Kind == "create" && e.Command == "spend submit");
    }

    [Fact]
    public async Task RuleSetImportsAndEndings_AreRecorded_TheEndingWithItsReason()
    {
        await using var cli = await CliRunner.StartAsync();
        const string name = "Quy chế chi tiêu nội bộ — mẫu";
        await cli.MustSucceedAsync("authority", "end", name, "--date", "2026-12-31", "--reason", "Thay bằng quy chế mới", "--by", "admin");
        var end = Assert.Single(await EventsAsync(cli, "authority_rule_set_ends"));
        Assert.Equal(("create", "admin", "authority end", "Thay bằng quy chế mới"), (end.Kind, end.Actor, end.Command, end.Reason));
        Assert.Contains(await EventsAsync(cli, "authority_rules"), e => e.Kind == "create");
    }

    [Fact]
    public async Task UsersRolesAndPasswords_AreRecorded_NeverThePasswordHash()
    {
        await using var cli = await CliRunner.StartAsync();
        await cli.MustSucceedAsync("user", "add", "kiemtoan", "--name", "Phạm Thị Kiểm", "--role", "auditor", "--scope", "province", "--by", "admin");
        var password = cli.File("pw.txt", "mật-khẩu-đủ-dài-2026\n");
        await cli.MustSucceedAsync("user", "password", "kiemtoan", "--password-file", password, "--by", "admin");
        await cli.MustSucceedAsync("user", "password", "kiemtoan", "--password-file", password, "--by", "admin");

        Assert.Contains(await EventsAsync(cli, "users"), e => e.Kind == "create" && e.EntityKey == "kiemtoan" && e.Actor == "admin" && e.Command == "user add");
        Assert.Contains(await EventsAsync(cli, "role_grants"), e => e.Kind == "create" && e.EntityKey.StartsWith("kiemtoan/", StringComparison.Ordinal) && e.Actor == "admin");
        var credentials = await EventsAsync(cli, "user_credentials");
        Assert.Equal(["create", "update"], credentials.Select(e => e.Kind));
        Assert.All(credentials, e => Assert.Equal(("admin", "user password"), (e.Actor, e.Command)));
        await using var db = cli.Db.Target.CreateContext();
        var hash = await db.Set<PartyFinance.Infrastructure.Authority.Records.CredentialRecord>().Select(c => c.PasswordHash).SingleAsync();
        Assert.All(credentials, e => Assert.DoesNotContain(hash, e.AfterJson!, StringComparison.Ordinal));
        Assert.Contains("\"password_hash\":\"(ẩn)\"", credentials[1].AfterJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SchemaUpgrade_IsRecordedWithTheMigrationsAndTheTriggerFingerprint_AsWhoeverRanDbInit()
    {
        await using var cli = await CliRunner.StartAsync(initialise: false, actor: null);
        await cli.MustSucceedAsync("db", "init", "--admin", "quantri", "--name", "Nguyễn Văn Quản", "--by", "quantri");
        var schema = Assert.Single(await EventsAsync(cli, "schema"));
        Assert.Equal(("schema", "quantri", "db init", "20261202000016_TruncateGuards", 1L), (schema.Kind, schema.Actor, schema.Command, schema.EntityKey, schema.Id));
        Assert.Contains("trigger:trg_vouchers_no_update", schema.AfterJson, StringComparison.Ordinal);
        Assert.Contains("20261122000001_Ledger", schema.AfterJson, StringComparison.Ordinal);

        // Running db init again changes no schema, and records none.
        await cli.MustSucceedAsync("db", "init", "--by", "quantri");
        Assert.Single(await EventsAsync(cli, "schema"));
    }

    private static async Task<CliRunner> BudgetAsync()
    {
        var cli = await CliRunner.StartAsync();
        await cli.MustSucceedAsync("unit", "import", cli.File("units.csv", Units), "--by", "admin");
        await cli.MustSucceedAsync("user", "add", "thutruong.vptu", "--name", "Ngô Văn Hải", "--role", "unit-head", "--scope", "VPTU", "--from", "2025-01-01", "--by", "admin");
        await cli.MustSucceedAsync("budget", "import", cli.File("estimates.csv",
            "unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date\nVPTU,2026,NSNN,autonomous,340-351,6501,100000000,12-QĐ/VPTU,2026-01-05\n"), "--by", "ketoan");
        return cli;
    }
}
