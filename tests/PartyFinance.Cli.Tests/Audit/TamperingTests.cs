using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;
using static PartyFinance.Cli.Tests.Audit.AuditFixture;

namespace PartyFinance.Cli.Tests.Audit;

/// <summary>
/// Changes made directly in the database, behind the application, are found and located by `audit verify`
/// on both providers: each test does the raw UPDATE / DELETE / INSERT / DROP TRIGGER itself.
/// </summary>
public sealed class TamperingTests
{
    private const string Payment = "VPTU/PC/2025/000001";

    [Theory]
    [MemberData(nameof(Providers), MemberType = typeof(AuditFixture))]
    public async Task CleanBooks_Verify_AndFilteredByUnitAndYear(DatabaseProvider provider)
    {
        await using var cli = await BooksAsync(provider);
        var (code, problems, json) = await VerifyAsync(cli);
        Assert.True(code == 0, string.Join("; ", problems));
        Assert.Equal(4, json.GetProperty("vouchers").GetInt64());
        var (unitCode, _, unitJson) = await VerifyAsync(cli, "--unit", "VPTU", "--year", "2025");
        Assert.Equal((0, 4L), (unitCode, unitJson.GetProperty("vouchers").GetInt64()));

        var (textCode, text, _) = await cli.RunAsync("audit", "verify");
        Assert.Equal(0, textCode);
        Assert.Contains("Nhật ký kiểm toán toàn vẹn", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers), MemberType = typeof(AuditFixture))]
    public async Task UpdatedPostedLine_IsFoundOnItsVoucher_AndTheDroppedTriggerToo(DatabaseProvider provider)
    {
        await using var cli = await BooksAsync(provider);
        await ExecAsync(cli, DropTrigger(provider, "voucher_lines", "update"),
            $"UPDATE voucher_lines SET debit = 1234568 WHERE line_no = 1 AND voucher_id = (SELECT id FROM vouchers WHERE number = '{Payment}')");

        var (code, problems, _) = await VerifyAsync(cli);

        Assert.Equal(1, code);
        Assert.Contains(("vouchers", Payment, "changed"), problems);
        Assert.Contains(("schema", "trigger:" + Trigger(provider, "voucher_lines", "update"), "missing"), problems);
        Assert.DoesNotContain(problems, p => p.Table == "vouchers" && p.Key != Payment);
        var (text, output, _) = await cli.RunAsync("audit", "verify");
        Assert.Equal(1, text);
        Assert.Contains($"Bảng vouchers, khóa {Payment}: bị sửa", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers), MemberType = typeof(AuditFixture))]
    public async Task DeletedVoucherAndDeletedLine_AreFound(DatabaseProvider provider)
    {
        await using var cli = await BooksAsync(provider);
        await ExecAsync(cli, DropTrigger(provider, "voucher_lines", "delete"), DropTrigger(provider, "vouchers", "delete"),
            "DELETE FROM voucher_lines WHERE voucher_id = (SELECT id FROM vouchers WHERE number = 'VPTU/DTG/2025/000001')",
            "DELETE FROM vouchers WHERE number = 'VPTU/DTG/2025/000001'",
            "DELETE FROM voucher_lines WHERE line_no = 2 AND voucher_id = (SELECT id FROM vouchers WHERE number = 'VPTU/RDT/2025/000001')");

        var (_, problems, _) = await VerifyAsync(cli);

        Assert.Contains(("vouchers", "VPTU/DTG/2025/000001", "missing"), problems);
        Assert.Contains(("vouchers", "VPTU/RDT/2025/000001", "changed"), problems);
    }

    [Theory]
    [MemberData(nameof(Providers), MemberType = typeof(AuditFixture))]
    public async Task InsertedVoucher_IsFound(DatabaseProvider provider)
    {
        await using var cli = await BooksAsync(provider);
        var f = provider == DatabaseProvider.Sqlite ? "0" : "false";
        await ExecAsync(cli,
            "INSERT INTO vouchers (id, number, client_key, unit_code, type_code, year, sequence, date, description, amount, fingerprint, reverses_id, reversal_reason, posted_by, posted_at, batch_id) " +
            "VALUES (900, 'VPTU/PC/2025/000099', 'fake', 'VPTU', 'PC', 2025, 99, '2025-02-20', 'Chi khống', 9000000, 'x', NULL, NULL, 'ketoan', '2025-02-20 00:00:00+00:00', NULL)",
            $"INSERT INTO voucher_lines (voucher_id, line_no, account_code, debit, credit, is_off_balance, fund_source, budget_item, sector, program, counterparty) VALUES (900, 1, '1111', 0, 9000000, {f}, NULL, NULL, NULL, NULL, NULL)");

        var (code, problems, _) = await VerifyAsync(cli);

        Assert.Equal(1, code);
        // The reports read account_balances, which never saw the fake voucher, and the year's volume (the posting limit's
        // guard) did not count it: both differences are shown too.
        Assert.Equal([("vouchers", "VPTU/PC/2025/000099", "inserted"), ("account_balances", "VPTU/2025-02/1111", "changed"), ("counters", "volume:2025", "changed")], problems);
    }

    [Theory]
    [MemberData(nameof(Providers), MemberType = typeof(AuditFixture))]
    public async Task BalancesTheReportsRead_ChangedAddedOrDeletedDirectly_AreFound(DatabaseProvider provider)
    {
        await using var cli = await BooksAsync(provider);
        await cli.MustSucceedAsync("balance", "import", cli.File("so-du.csv", "unit,year,account,debit,credit\nVPTU,2025,1111,8000000,0\nVPTU,2025,3371,0,8000000\n"));
        var (clean, none, _) = await VerifyAsync(cli);
        Assert.True(clean == 0, string.Join("; ", none));
        var before = (await cli.RunAsync("ledger", "trial-balance", "--year", "2025", "--json")).Out;

        await ExecAsync(cli,
            "UPDATE account_balances SET debit = debit + 777 WHERE unit_code = 'VPTU' AND year = 2025 AND month = 2 AND account_code = '1111'",
            "DELETE FROM account_balances WHERE unit_code = 'VPTU' AND year = 2025 AND month = 2 AND account_code = '61112'",
            "UPDATE estimate_balances SET debit = 1 WHERE unit_code = 'VPTU' AND year = 2025 AND month = 1 AND account_code = '008212'",
            "UPDATE opening_balances SET debit = 9000000 WHERE unit_code = 'VPTU' AND year = 2025 AND account_code = '1111'",
            "DELETE FROM opening_balances WHERE unit_code = 'VPTU' AND year = 2025 AND account_code = '3371'",
            "INSERT INTO opening_balances (unit_code, year, account_code, debit, credit, batch_id) VALUES ('VPTU', 2025, '1121', 500, 0, NULL)");

        var (code, problems, _) = await VerifyAsync(cli);

        Assert.Equal(1, code);
        Assert.NotEqual(before, (await cli.RunAsync("ledger", "trial-balance", "--year", "2025", "--json")).Out);
        Assert.Equal(
            [
                ("account_balances", "VPTU/2025-02/1111", "changed"), ("account_balances", "VPTU/2025-02/61112", "missing"),
                ("estimate_balances", "VPTU/2025-01/008212/NSNN/6551/340-351/DTG", "changed"),
                ("opening_balances", "VPTU/2025/1111", "changed"), ("opening_balances", "VPTU/2025/1121", "inserted"), ("opening_balances", "VPTU/2025/3371", "missing"),
                ("counters", "volume:2025", "changed"),
            ],
            problems);
        // The year's volume is over every unit, so a verify of one unit leaves it out.
        var (unitCode, unitProblems, _) = await VerifyAsync(cli, "--unit", "VPTU", "--year", "2025");
        Assert.Equal(1, unitCode);
        Assert.Equal(problems.Where(p => p.Table != "counters"), unitProblems);
        var (otherYear, _, _) = await VerifyAsync(cli, "--year", "2026");
        Assert.Equal(0, otherYear);
    }

    [Theory]
    [MemberData(nameof(Providers), MemberType = typeof(AuditFixture))]
    public async Task UpdatedDeletedAndInsertedAuditRows_AreFoundByTheirPlaceInTheChain(DatabaseProvider provider)
    {
        await using var cli = await BooksAsync(provider);
        var rows = await RowsAsync(cli, "SELECT id, seq FROM audit_events WHERE chain_unit = 'VPTU' AND chain_year = 2025 ORDER BY seq");
        Assert.True(rows.Count >= 4, "the chain of VPTU 2025 has the unit's postings and the lock");
        var (changedId, changedSeq) = (rows[1][0], rows[1][1]);
        var (deletedId, deletedSeq) = (rows[2][0], rows[2][1]);
        var next = long.Parse(rows[^1][1], System.Globalization.CultureInfo.InvariantCulture) + 1;
        var maxId = await ScalarAsync<long>(cli, "SELECT MAX(id) FROM audit_events");
        await ExecAsync(cli, DropTrigger(provider, "audit_events", "update"),
            $"UPDATE audit_events SET actor = 'ke.gian' WHERE id = {changedId}");
        if (provider == DatabaseProvider.Sqlite)
        {
            await ExecAsync(cli, DropTrigger(provider, "audit_events", "delete"));
        }

        await ExecAsync(cli, $"DELETE FROM audit_events WHERE id = {deletedId}",
            "INSERT INTO audit_events (id, chain_unit, chain_year, seq, at, actor, command, kind, table_name, entity_key, before_json, after_json, reason, prev_hash, hash) " +
            $"VALUES ({maxId + 1}, 'VPTU', 2025, {next}, '2026-03-15 02:00:00+00:00', 'ke.gian', NULL, 'update', 'periods', 'VPTU/2025/1', NULL, '{{}}', NULL, 'x', 'y')");

        var (code, problems, _) = await VerifyAsync(cli);

        Assert.Equal(1, code);
        Assert.Contains(("audit_events", $"VPTU/2025/{changedSeq}", "changed"), problems);
        Assert.Contains(("audit_events", $"VPTU/2025/{deletedSeq}", "missing"), problems);
        Assert.Contains(("audit_events", $"VPTU/2025/{next}", "changed"), problems);
        Assert.Contains(("audit_events", $"id {deletedId}", "missing"), problems);
    }

    [Theory]
    [MemberData(nameof(Providers), MemberType = typeof(AuditFixture))]
    public async Task TriggerDroppedAndRecreatedIdentically_IsFound(DatabaseProvider provider)
    {
        await using var cli = await BooksAsync(provider);
        var trigger = Trigger(provider, "vouchers", "update");
        var definition = provider == DatabaseProvider.Sqlite
            ? (await RowsAsync(cli, $"SELECT sql FROM sqlite_master WHERE name = '{trigger}'"))[0][0]
            : (await RowsAsync(cli, $"SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = '{trigger}'"))[0][0];
        await ExecAsync(cli, DropTrigger(provider, "vouchers", "update"), definition);

        var (code, problems, _) = await VerifyAsync(cli);

        Assert.Equal(1, code);
        Assert.Equal([("schema", "trigger:" + trigger, "changed")], problems);
        Assert.Equal(definition, provider == DatabaseProvider.Sqlite
            ? (await RowsAsync(cli, $"SELECT sql FROM sqlite_master WHERE name = '{trigger}'"))[0][0]
            : (await RowsAsync(cli, $"SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = '{trigger}'"))[0][0]);
    }

    [PostgresFact]
    public async Task OnPostgres_ADroppedTruncateTrigger_IsFound()
    {
        await using var cli = await BooksAsync(DatabaseProvider.Postgres);
        await ExecAsync(cli, "DROP TRIGGER trg_voucher_lines_no_truncate ON voucher_lines");

        var (code, problems, _) = await VerifyAsync(cli);

        Assert.Equal(1, code);
        Assert.Equal([("schema", "trigger:trg_voucher_lines_no_truncate", "missing")], problems);
    }

    [PostgresFact]
    public async Task OnPostgres_ADisabledTrigger_IsFound()
    {
        await using var cli = await BooksAsync(DatabaseProvider.Postgres);
        await ExecAsync(cli, "ALTER TABLE voucher_lines DISABLE TRIGGER trg_voucher_lines_immutable");

        var (_, problems, _) = await VerifyAsync(cli);

        Assert.Equal([("schema", "trigger:trg_voucher_lines_immutable", "changed")], problems);
    }
}
