using Microsoft.EntityFrameworkCore;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Authority;

/// <summary>M0002 is written by hand: the migrated tables must have exactly the model's columns and nullability.</summary>
public sealed class AuthoritySchemaTests
{
    private static readonly string[] Tables = ["authority_rule_sets", "authority_rules", "users", "role_grants", "approval_requests", "approval_events"];

    [Fact]
    public Task MigratedAuthorityTables_MatchTheModel_OnSqlite() => Compare(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task MigratedAuthorityTables_MatchTheModel_OnPostgres() => Compare(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task MigratedAuthorityTables_MatchTheModel_OnSqlServer() => Compare(DatabaseProvider.SqlServer);

    private static async Task Compare(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var ef = db.Target.CreateContext();
        Assert.Contains("20261122000002_Authority", await ef.Database.GetAppliedMigrationsAsync());
        foreach (var table in Tables)
        {
            var entity = Assert.Single(ef.Model.GetEntityTypes(), e => e.GetTableName() == table);
            var expected = entity.GetProperties().Select(p => $"{p.GetColumnName()}:{(p.IsNullable ? "null" : "not null")}").Order(StringComparer.Ordinal);
            Assert.Equal(expected, await ColumnsAsync(ef, provider, table));
        }
    }

    private static async Task<List<string>> ColumnsAsync(PartyFinanceDbContext ef, DatabaseProvider provider, string table)
    {
        var sql = provider switch
        {
            DatabaseProvider.Sqlite => $"SELECT name, CASE WHEN \"notnull\" = 1 OR pk > 0 THEN 'not null' ELSE 'null' END FROM pragma_table_info('{table}')",
            DatabaseProvider.Postgres or DatabaseProvider.SqlServer =>
                $"SELECT column_name, CASE WHEN is_nullable = 'NO' THEN 'not null' ELSE 'null' END FROM information_schema.columns WHERE table_name = '{table}'",
        };
        var conn = ef.Database.GetDbConnection();
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        var columns = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add($"{reader.GetString(0)}:{reader.GetString(1)}");
        }

        await conn.CloseAsync();
        return columns.Order(StringComparer.Ordinal).ToList();
    }
}
