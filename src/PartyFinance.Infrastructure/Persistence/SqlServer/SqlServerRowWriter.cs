using System.Data;
using Microsoft.Data.SqlClient;

namespace PartyFinance.Infrastructure.Persistence.SqlServer;

/// <summary>
/// SQL Server bulk writer: rows are buffered and sent through SqlBulkCopy on the session's own connection
/// and transaction, <see cref="RowsPerCopy"/> at a time. Foreign keys and check constraints are checked
/// and insert triggers fire, as for a plain INSERT; NULL stays NULL (no column default is applied). A child
/// writer (voucher lines) flushes its parent (vouchers) first, so foreign keys always find their row.
/// </summary>
internal sealed class SqlServerRowWriter : IRowWriter
{
    public const int RowsPerCopy = 5000;
    private readonly SqlBulkCopy _copy;
    private readonly DataTable _rows;
    private readonly IRowWriter? _parent;

    public SqlServerRowWriter(SqlConnection connection, SqlTransaction? transaction, string table, string[] columns, IRowWriter? parent = null)
    {
        _parent = parent;
        _copy = new SqlBulkCopy(connection, SqlBulkCopyOptions.CheckConstraints | SqlBulkCopyOptions.FireTriggers | SqlBulkCopyOptions.KeepNulls, transaction)
        {
            DestinationTableName = "[" + table + "]",
            BatchSize = RowsPerCopy,
            BulkCopyTimeout = 300,
        };
        _rows = new DataTable(table) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var column in columns)
        {
            _rows.Columns.Add(column, typeof(object));
            _copy.ColumnMappings.Add(column, column);
        }
    }

    public async ValueTask AddAsync(CancellationToken ct, params object?[] row)
    {
        var values = new object[row.Length];
        for (var i = 0; i < row.Length; i++)
        {
            values[i] = Value(row[i]);
        }

        _rows.Rows.Add(values);
        if (_rows.Rows.Count >= RowsPerCopy)
        {
            await FlushAsync(ct);
        }
    }

    /// <summary>The value as SqlBulkCopy takes it: a date as a DateTime at midnight (the column is <c>date</c>), NULL as DBNull.</summary>
    internal static object Value(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified),
        _ => value,
    };

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_rows.Rows.Count == 0)
        {
            return;
        }

        if (_parent is not null)
        {
            await _parent.FlushAsync(ct);
        }

        await _copy.WriteToServerAsync(_rows, ct);
        _rows.Clear();
    }

    public ValueTask DisposeAsync()
    {
        ((IDisposable)_copy).Dispose();
        _rows.Dispose();
        return ValueTask.CompletedTask;
    }
}
