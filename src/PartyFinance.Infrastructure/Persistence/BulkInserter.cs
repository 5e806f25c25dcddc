using System.Data.Common;
using System.Globalization;
using System.Text;

namespace PartyFinance.Infrastructure.Persistence;

/// <summary>
/// Multi-row INSERT in plain SQL for both providers: rows are buffered and sent
/// <c>rowsPerStatement</c> at a time through one reused command, which is what makes importing
/// two million lines take seconds instead of minutes. A child inserter flushes its parent first,
/// so foreign keys always find their row.
/// </summary>
internal sealed class BulkInserter(DbConnection connection, DbTransaction transaction, string table, string[] columns, int rowsPerStatement,
    IRowWriter? parent = null) : IRowWriter
{
    private readonly object?[] _values = new object?[columns.Length * rowsPerStatement];
    private DbCommand? _full;
    private int _pending;

    public int Written { get; private set; }

    public async ValueTask AddAsync(CancellationToken ct, params object?[] row)
    {
        Array.Copy(row, 0, _values, _pending * columns.Length, columns.Length);
        if (++_pending == rowsPerStatement)
        {
            _full ??= Command(rowsPerStatement);
            await ExecuteAsync(_full, ct);
        }
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_pending > 0)
        {
            await using var partial = Command(_pending);
            await ExecuteAsync(partial, ct);
        }
    }

    private async Task ExecuteAsync(DbCommand command, CancellationToken ct)
    {
        if (parent is not null)
        {
            // Child rows (voucher lines) reference parent rows (vouchers): write those first.
            await parent.FlushAsync(ct);
        }

        for (var i = 0; i < _pending * columns.Length; i++)
        {
            command.Parameters[i].Value = _values[i] ?? DBNull.Value;
        }

        await command.ExecuteNonQueryAsync(ct);
        Written += _pending;
        _pending = 0;
    }

    private DbCommand Command(int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder("INSERT INTO ").Append(table).Append(" (").Append(string.Join(", ", columns)).Append(") VALUES ");
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Length; c++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@p{r}_{c}");
                sql.Append(c == 0 ? string.Empty : ", ").Append(name);
                var p = command.CreateParameter();
                p.ParameterName = name;
                command.Parameters.Add(p);
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        if (_full is not null)
        {
            await _full.DisposeAsync();
        }
    }
}
