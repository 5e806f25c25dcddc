using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Tests.Ledger;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Schema;

public class SchemaTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    /// <summary>The migrations are written by hand: they must produce exactly the schema the EF model describes.</summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Migrations_ProduceExactlyTheModelSchema(DatabaseProvider provider)
    {
        await using var migrated = await TestDatabase.CreateAsync(provider);
        await using var modelled = await TestDatabase.CreateAsync(provider, initialise: false);
        await using (var db = modelled.Target.CreateContext())
        {
            await db.Database.EnsureCreatedAsync(Ct);
        }

        await using var a = migrated.Target.CreateContext();
        await using var b = modelled.Target.CreateContext();
        var fromMigrations = await SchemaReader.ReadAsync(a, provider);
        var fromModel = await SchemaReader.ReadAsync(b, provider);
        Assert.NotEmpty(fromModel);
        Assert.Equal([], fromModel.Except(fromMigrations));
        Assert.Equal([], fromMigrations.Except(fromModel));
    }

    /// <summary>A database made by the first schema version, holding books, upgrades to the latest with nothing lost.</summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upgrade_FromFirstSchemaVersion_KeepsEveryVoucherAndBalance(DatabaseProvider provider)
    {
        await using var books = await Books.OpenAsync(provider);
        await using (var db = books.Db.Target.CreateContext())
        {
            // Roll the history back to version 1 only where later versions exist, by rebuilding a fresh v1 database.
            Assert.Contains("20261122000001_Ledger", await db.Database.GetAppliedMigrationsAsync(Ct));
        }

        await using var old = await TestDatabase.CreateAsync(provider, initialise: false);
        await using (var db = old.Target.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261122000001_Ledger", Ct);
            await db.Database.ExecuteSqlRawAsync(TestSql.Literals(provider,
                "INSERT INTO org_units (code, name, kind, parent_code, chapter, valid_from, valid_to, successor_code, created_by, created_at) " +
                "VALUES ('VPTU', 'Văn phòng Tỉnh ủy', 'provincial-office', NULL, '509', '2018-01-01', NULL, NULL, 'v1', '2025-01-01 00:00:00+00:00')"), Ct);
        }

        var upgraded = await new DatabaseInitializer(old.Target, new FixedClock()).RunAsync(RepoPaths.ReferenceFolder, "test", Ct);
        Assert.True(upgraded.IsSuccess);
        await using (var db = old.Target.CreateContext())
        {
            var all = db.Database.GetMigrations().ToList();
            Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync(Ct));
            Assert.Equal(all.Skip(1), upgraded.Value.AppliedMigrations);
        }

        var ledger = new LedgerQueries(old.Target);
        Assert.Equal("Văn phòng Tỉnh ủy", Assert.Single(await ledger.ListUnitsAsync(Ct)).Name);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Init_RunTwice_ChangesNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var again = await new DatabaseInitializer(db.Target, new FixedClock()).RunAsync(RepoPaths.ReferenceFolder, "test", Ct);
        Assert.Empty(again.Value.AppliedMigrations);
        Assert.All(again.Value.Files, f => Assert.False(f.Changed, f.FileName));
        await using var ctx = db.Target.CreateContext();
        Assert.Equal(File.ReadLines(Path.Combine(RepoPaths.ReferenceFolder, "accounts.csv")).Count() - 1, await ctx.Accounts.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PostedVouchers_CannotBeUpdatedOrDeletedEvenWithRawSql(DatabaseProvider provider)
    {
        await using var books = await Books.OpenAsync(provider);
        await books.ImportAsync(Books.Payment("A", "2025-03-01", 100));
        await using var db = books.Db.Target.CreateContext();
        foreach (var sql in new[] { "UPDATE vouchers SET amount = 1", "DELETE FROM voucher_lines", "UPDATE voucher_lines SET debit = 0", "DELETE FROM vouchers" })
        {
            var e = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync(sql, Ct));
            Assert.Contains("không được sửa hoặc xóa", e.Message);
        }

        Assert.Equal(100, await db.Vouchers.SumAsync(v => v.Amount, Ct));
    }
}
