using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Infrastructure.Budgeting;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Tests.Ledger;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Schema;

/// <summary>
/// Books written at schema version 3 (vouchers with 008 lines, balances, a budget line with its old
/// counters, an approval request with its history, an opening balance) upgrade to the latest version with every row intact, the 008 books backfilled into
/// estimate_balances, and the budget line reading the same figures from the books as it held before.
/// </summary>
public class UpgradeWithBooksTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    // Stored the way EF Core's SQLite provider writes a Guid (upper-case text); PostgreSQL reads it as a uuid.
    private const string Approval = "F4A1B766-63C8-4453-8EAE-9CA8D751D497";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upgrade_FromVersion3_KeepsVouchersBalancesAndBudgetLines_AndTheLineReadsItsBooks(DatabaseProvider provider)
    {
        await using var old = await TestDatabase.CreateAsync(provider, initialise: false);
        var t = TestSql.Bool(provider, true);
        var f = TestSql.Bool(provider, false);
        await using (var db = old.Target.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261122000003_Budgeting", Ct);
            string[] sql =
            [
                "INSERT INTO org_units (code, name, kind, parent_code, chapter, valid_from, valid_to, successor_code, created_by, created_at) " +
                "VALUES ('VPTU', 'Văn phòng Tỉnh ủy', 'provincial-office', NULL, '509', '2018-01-01', NULL, NULL, 'v3', '2026-01-01 00:00:00+00:00')",
                "INSERT INTO import_batches (id, kind, file_name, sha256, rows, stored, skipped, imported_by, imported_at) VALUES (1, 'posting', '', '', 2, 2, 0, 'v3', '2026-01-05 00:00:00+00:00')",
                "INSERT INTO vouchers (id, number, client_key, unit_code, type_code, year, sequence, date, description, amount, fingerprint, reverses_id, reversal_reason, posted_by, posted_at, batch_id) " +
                "VALUES (1, 'VPTU/DTG/2026/000001', 'k-dtg', 'VPTU', 'DTG', 2026, 1, '2026-01-05', 'Giao dự toán', 10000000, 'x', NULL, NULL, 'v3', '2026-01-05 00:00:00+00:00', 1)",
                "INSERT INTO vouchers (id, number, client_key, unit_code, type_code, year, sequence, date, description, amount, fingerprint, reverses_id, reversal_reason, posted_by, posted_at, batch_id) " +
                "VALUES (2, 'VPTU/RDT/2026/000001', 'k-rdt', 'VPTU', 'RDT', 2026, 1, '2026-03-15', 'Chi', 2000000, 'y', NULL, NULL, 'v3', '2026-03-15 00:00:00+00:00', 1)",
                $"INSERT INTO voucher_lines (voucher_id, line_no, account_code, debit, credit, is_off_balance, fund_source, budget_item, sector, program, counterparty) VALUES (1, 1, '008212', 10000000, 0, {t}, 'NSNN', '6501', '340-351', NULL, NULL)",
                $"INSERT INTO voucher_lines (voucher_id, line_no, account_code, debit, credit, is_off_balance, fund_source, budget_item, sector, program, counterparty) VALUES (2, 1, '61112', 2000000, 0, {f}, 'NSNN', '6501', '340-351', NULL, NULL)",
                $"INSERT INTO voucher_lines (voucher_id, line_no, account_code, debit, credit, is_off_balance, fund_source, budget_item, sector, program, counterparty) VALUES (2, 2, '5111', 0, 2000000, {f}, 'NSNN', '6501', '340-351', NULL, NULL)",
                $"INSERT INTO voucher_lines (voucher_id, line_no, account_code, debit, credit, is_off_balance, fund_source, budget_item, sector, program, counterparty) VALUES (2, 3, '008212', 0, 2000000, {t}, 'NSNN', '6501', '340-351', NULL, NULL)",
                "INSERT INTO opening_balances (unit_code, year, account_code, debit, credit, batch_id) VALUES ('VPTU', 2026, '1111', 3000000, 0, NULL)",
                "INSERT INTO account_balances (unit_code, year, month, account_code, debit, credit) VALUES ('VPTU', 2026, 1, '008212', 10000000, 0)",
                "INSERT INTO account_balances (unit_code, year, month, account_code, debit, credit) VALUES ('VPTU', 2026, 3, '008212', 0, 2000000)",
                "INSERT INTO budget_lines (id, unit_code, year, fund_source, autonomy, sector, budget_item, carried_over, control_mode, allocated, adjustments, committed, spent) " +
                $"VALUES (1, 'VPTU', 2026, 'NSNN', 'autonomous', '340-351', '6501', {f}, 'Stop', 10000000, 0, 0, 2000000)",
                "INSERT INTO budget_movements (line_id, seq, kind, amount, decision_no, decision_date, note) VALUES (1, 1, 'Allocation', 10000000, '12-QĐ/VPTU', '2026-01-05', NULL)",
                "INSERT INTO approval_requests (id, document_kind, document_reference, proposing_unit, maker, action, asset_class, unit_kind, funding, basis, spending_kind, value, question_date, decider, rule_set, decision_no, citation, requires_opinion, rule_row) " +
                $"VALUES ('{Approval}', 'purchase-proposal', 'TTr-12/VPTU', 'VPTU', 'ketoan', 'purchase', 'other', 'provincial-office', 'any', 'per-asset', 'any', 300000000, '2025-06-01', 'office-chief', 'Bắc Ninh 332-QĐ/TU', '332-QĐ/TU', 'Điều 4 khoản 1', NULL, 27)",
                "INSERT INTO approval_events (request_id, sequence, kind, at, actor, step, decider, decision_no, decision_date, rule_applied, reason) " +
                $"VALUES ('{Approval}', 1, 'submitted', '2025-06-01 08:00:00+00:00', 'ketoan', NULL, NULL, NULL, NULL, 'Bắc Ninh 332-QĐ/TU, dòng 27', NULL)",
            ];
            foreach (var statement in sql)
            {
                await db.Database.ExecuteSqlRawAsync(TestSql.Literals(provider, statement), Ct);
            }
        }

        var upgraded = await new DatabaseInitializer(old.Target, TimeProvider.System).RunAsync(RepoPaths.ReferenceFolder, "test", Ct);
        Assert.True(upgraded.IsSuccess);

        await using (var db = old.Target.CreateContext())
        {
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(Ct));
            Assert.Equal((2, 4), (await db.Vouchers.CountAsync(Ct), await db.VoucherLines.CountAsync(Ct)));
            Assert.Equal(12_000_000, await db.Vouchers.SumAsync(v => v.Amount, Ct));
            Assert.Equal((10_000_000L, 2_000_000L), (await db.AccountBalances.SumAsync(b => b.Debit, Ct), await db.AccountBalances.SumAsync(b => b.Credit, Ct)));
            var books = await db.EstimateBalances.Where(e => e.AccountCode == "008212").OrderBy(e => e.Month).ToListAsync(Ct);
            Assert.Equal([(1, "DTG", 10_000_000L, 0L), (3, "RDT", 0L, 2_000_000L)], books.Select(b => (b.Month, b.TypeCode, b.Debit, b.Credit)));
        }

        var line = await new BudgetStore(old.Target, TestReference.Estimates)
            .FindLineAsync(new BudgetLineKey("VPTU", 2026, "NSNN", Autonomy.Autonomous, "340-351", "6501"), Ct);
        Assert.Equal((10_000_000L, 0L, 0L, 2_000_000L, 8_000_000L), (line!.Allocated, line.Adjustments, line.Committed, line.Spent, line.Available));

        var approval = await new global::PartyFinance.Infrastructure.Authority.AuthorityStore(old.Target).FindRequestAsync(Guid.Parse(Approval), Ct);
        Assert.Equal(("TTr-12/VPTU", 300_000_000L, 1), (approval!.DocumentReference, approval.Value, approval.Events.Count));
        Assert.Equal(1, await new global::PartyFinance.Infrastructure.Authority.ApprovalNumbers(old.Target).NumberOfAsync(Guid.Parse(Approval), Ct));

        // The opening balance entered before the trail existed is sealed by the upgrade, so audit verify can hold it to account.
        var verified = await new global::PartyFinance.Infrastructure.Persistence.Audit.AuditTrail(old.Target).VerifyAsync(null, null, Ct);
        Assert.DoesNotContain(verified.Problems, p => p.Table is "opening_balances" or "vouchers");
    }
}
