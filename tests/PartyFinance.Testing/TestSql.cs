using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Testing;

/// <summary>Raw SQL a test writes once for every database.</summary>
public static class TestSql
{
    /// <summary>
    /// On SQL Server every text literal becomes an N'…' (Unicode) literal, else Vietnamese letters outside the
    /// database's code page would be stored as '?'; the other databases read literals as Unicode already.
    /// </summary>
    public static string Literals(DatabaseProvider provider, string sql) =>
        provider == DatabaseProvider.SqlServer ? System.Text.RegularExpressions.Regex.Replace(sql, "'([^']*)'", "N'$1'") : sql;

    /// <summary>A boolean literal: true/false on PostgreSQL, 1/0 on SQLite and SQL Server.</summary>
    public static string Bool(DatabaseProvider provider, bool value) => provider == DatabaseProvider.Postgres ? (value ? "true" : "false") : (value ? "1" : "0");
}
