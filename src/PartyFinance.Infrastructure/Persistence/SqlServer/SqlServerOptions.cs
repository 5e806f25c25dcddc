using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.SqlServer;

/// <summary>
/// SQL Server settings and every statement the SQL Server provider issues in its own dialect (the shared
/// queries are plain SQL that all three databases read alike). Text columns are nvarchar in the binary
/// collation <see cref="Collation"/>: codes, logins and keys compare and sort code point by code point, as
/// SQLite's BINARY and PostgreSQL's C collation do, so uniqueness and ranges such as
/// <c>account_code &gt;= '111' AND account_code &lt; '112'</c> behave the same on every database.
/// </summary>
public static class SqlServerOptions
{
    /// <summary>
    /// The collation of every text column. Binary, not Vietnamese_100_CI_AS_SC_UTF8: a case- and
    /// accent-insensitive collation would make 'VPTU' and 'vptu' one unit code and one login (the other
    /// databases keep them apart) and break the prefix ranges over account codes. nvarchar stores UTF-16
    /// whatever the collation, so Vietnamese text is kept exactly; a UTF-8 collation would only matter for varchar.
    /// </summary>
    public const string Collation = "Latin1_General_100_BIN2";

    /// <summary>Locks the posting-lock row until the transaction ends: one posting session at a time, so voucher numbers stay gapless.</summary>
    public const string PostingLockSql = "SELECT value FROM counters WITH (UPDLOCK, HOLDLOCK) WHERE name = 'posting-lock'";

    /// <summary>Audit writers read their chain heads under the posting lock (as on PostgreSQL: no new lock order).</summary>
    public const string AuditLockSql = PostingLockSql;

    /// <summary>
    /// Locks one budget line (or, when it does not exist yet, its key range: HOLDLOCK is serializable) until
    /// the transaction ends, so two checks of the same line run one after the other.
    /// </summary>
    public const string BudgetLineLockSql = "SELECT * FROM budget_lines WITH (UPDLOCK, HOLDLOCK) WHERE unit_code = {0} AND year = {1} AND fund_source = {2} AND autonomy = {3} AND sector = {4} AND budget_item = {5} AND carried_over = {6}";

    /// <summary>Takes the next value of a counter row atomically (the row stays locked until the transaction ends); the table is counters or budget_counters.</summary>
    public static string NextCounterSql(string table) => "UPDATE " + table + " SET value = value + 1 OUTPUT inserted.value AS [Value] WHERE name = {0}";

    public const string BalanceUpsert =
        "MERGE account_balances WITH (HOLDLOCK) AS t USING (VALUES (@u, @y, @m, @a, @d, @c)) AS s (unit_code, year, month, account_code, debit, credit) " +
        "ON t.unit_code = s.unit_code AND t.year = s.year AND t.month = s.month AND t.account_code = s.account_code " +
        "WHEN MATCHED THEN UPDATE SET debit = t.debit + s.debit, credit = t.credit + s.credit " +
        "WHEN NOT MATCHED THEN INSERT (unit_code, year, month, account_code, debit, credit) VALUES (s.unit_code, s.year, s.month, s.account_code, s.debit, s.credit);";

    public const string EstimateUpsert =
        "MERGE estimate_balances WITH (HOLDLOCK) AS t USING (VALUES (@u, @f, @i, @s, @y, @m, @a, @t, @d, @c)) " +
        "AS s (unit_code, fund_source, budget_item, sector, year, month, account_code, type_code, debit, credit) " +
        "ON t.unit_code = s.unit_code AND t.fund_source = s.fund_source AND t.budget_item = s.budget_item AND t.sector = s.sector " +
        "AND t.year = s.year AND t.month = s.month AND t.account_code = s.account_code AND t.type_code = s.type_code " +
        "WHEN MATCHED THEN UPDATE SET debit = t.debit + s.debit, credit = t.credit + s.credit " +
        "WHEN NOT MATCHED THEN INSERT (unit_code, fund_source, budget_item, sector, year, month, account_code, type_code, debit, credit) " +
        "VALUES (s.unit_code, s.fund_source, s.budget_item, s.sector, s.year, s.month, s.account_code, s.type_code, s.debit, s.credit);";

    public const string SequenceUpsert =
        "MERGE voucher_sequences WITH (HOLDLOCK) AS t USING (VALUES (@u, @t, @y, @n)) AS s (unit_code, type_code, year, last_number) " +
        "ON t.unit_code = s.unit_code AND t.type_code = s.type_code AND t.year = s.year " +
        "WHEN MATCHED THEN UPDATE SET last_number = s.last_number " +
        "WHEN NOT MATCHED THEN INSERT (unit_code, type_code, year, last_number) VALUES (s.unit_code, s.type_code, s.year, s.last_number);";

    /// <summary>The month of a voucher date in the backfill of M0005.</summary>
    public const string MonthOfVoucherDate = "MONTH(v.date)";

    /// <summary>
    /// A connection string as the provider uses it: several readers may be open at once on one
    /// connection (MultipleActiveResultSets, unless the string says otherwise), as SQLite and PostgreSQL allow.
    /// </summary>
    /// <summary>A new connection (not opened); never inlined, so that code choosing among the providers loads only the one it uses.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static System.Data.Common.DbConnection NewConnection(string connectionString) => new SqlConnection(connectionString);

    public static string ConnectionString(string value)
    {
        var b = new SqlConnectionStringBuilder(value);
        if (!value.Contains("MultipleActiveResultSets", StringComparison.OrdinalIgnoreCase) && !value.Contains("MARS", StringComparison.OrdinalIgnoreCase))
        {
            b.MultipleActiveResultSets = true;
        }

        return b.ConnectionString;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlServer(connectionString, o => o.CommandTimeout(300))
            .ReplaceService<IMigrationsSqlGenerator, SqlServerSchemaGenerator>();

    /// <summary>A unique index (2601) or primary key / unique constraint (2627) refused the row.</summary>
    public static bool IsUniqueViolation(Exception e) => e is SqlException { Number: 2601 or 2627 };
}
