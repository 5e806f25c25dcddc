using System.Data.Common;

namespace PartyFinance.Infrastructure.Persistence;

/// <summary>The bulk writer each provider appends with: SQLite's positional statement, SQL Server's SqlBulkCopy, PostgreSQL's multi-row INSERT.</summary>
internal static class RowWriters
{
    public static IRowWriter Create(DbConnection connection, DbTransaction? transaction, string table, string[] columns, IRowWriter? parent = null,
        int rowsPerStatement = Postgres.PostgresOptions.BulkRowsPerStatement) => connection switch
        {
            Microsoft.Data.Sqlite.SqliteConnection sqlite => new Sqlite.SqliteRowWriter(sqlite, table, columns, parent),
            Microsoft.Data.SqlClient.SqlConnection sql => new SqlServer.SqlServerRowWriter(sql, transaction as Microsoft.Data.SqlClient.SqlTransaction, table, columns, parent),
            _ => new BulkInserter(connection, transaction ?? throw new InvalidOperationException("A bulk insert needs the session's transaction."), table, columns, rowsPerStatement, parent),
        };
}
