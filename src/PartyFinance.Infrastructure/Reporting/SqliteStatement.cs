using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PartyFinance.Infrastructure.Reporting;

/// <summary>
/// A read through SQLite's native statement, for the passes over a year of lines (the cash-flow statement, the ledger
/// books): the statement prepared from a command's text and bound from its parameters, stepped one row at a time with
/// one call per value, and the account codes of the rows looked up from their bytes among the codes already seen rather
/// than a new string per line (a province's year is millions of lines over a few hundred accounts).
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="command">The text and parameters (bound by name: numbers, dates as yyyy-MM-dd, texts).</param>
    public SqliteStatement(sqlite3 db, DbCommand command)
    {
        _db = db;
        _lookup = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
        Check(raw.sqlite3_prepare_v2(db, command.CommandText, out var stmt));
        Handle = stmt;
        try
        {
            foreach (DbParameter p in command.Parameters)
            {
                var index = raw.sqlite3_bind_parameter_index(stmt, p.ParameterName);
                if (index <= 0)
                {
                    throw new InvalidOperationException($"The statement has no parameter {p.ParameterName}.");
                }

                Check(p.Value switch
                {
                    int n => raw.sqlite3_bind_int64(stmt, index, n),
                    long n => raw.sqlite3_bind_int64(stmt, index, n),
                    DateOnly d => raw.sqlite3_bind_text(stmt, index, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    string text => raw.sqlite3_bind_text(stmt, index, text),
                    var other => throw new InvalidOperationException($"Parameter {p.ParameterName} of type {other?.GetType().Name} is not bound here."),
                });
            }
        }
        catch
        {
            raw.sqlite3_finalize(stmt);
            throw;
        }
    }

    /// <summary>The prepared statement, for the column reads.</summary>
    public sqlite3_stmt Handle { get; }

    /// <summary>Steps to the next row: false when there is none; a failure of SQLite is thrown.</summary>
    public bool Step()
    {
        var rc = raw.sqlite3_step(Handle);
        if (rc == raw.SQLITE_DONE)
        {
            return false;
        }

        Check(rc == raw.SQLITE_ROW ? raw.SQLITE_OK : rc);
        return true;
    }

    /// <summary>A text column holding an account code, one string per distinct code.</summary>
    public string Code(int column)
    {
        var bytes = raw.sqlite3_column_blob(Handle, column);
        Span<char> chars = stackalloc char[64];
        ReadOnlySpan<char> code = bytes.Length <= chars.Length && Encoding.UTF8.TryGetChars(bytes, chars, out var length) ? chars[..length] : Encoding.UTF8.GetString(bytes);
        if (!_lookup.TryGetValue(code, out var kept))
        {
            kept = code.ToString();
            _codes[kept] = kept;
        }

        return kept;
    }

    public void Dispose() => raw.sqlite3_finalize(Handle);

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc);
        }
    }
}
