using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using PartyFinance.Application.Ledger;
using PartyFinance.Application.Reporting;
using SQLitePCL;

namespace PartyFinance.Infrastructure.Reporting;

/// <summary>
/// The cash-flow statement's pass over a year of lines on SQLite, through the native statement: one call per value
/// instead of Microsoft.Data.Sqlite's per-value checks and conversions, and each account code looked up from its
/// bytes in the codes already seen instead of a new string per line (a province's year is millions of lines over a
/// few hundred accounts). The same query, the same lines in the same order as the plain reader.
/// </summary>
internal static class SqliteCashLines
{
    /// <param name="db">The open connection's native handle.</param>
    public static void Read(sqlite3 db, string sql, ReportPeriod period, string? unit, CashFlows.Accumulator flows, CancellationToken ct)
    {
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var stmt));
        try
        {
            Check(db, raw.sqlite3_bind_int64(stmt, Index(stmt, "@year"), period.Year));
            Check(db, raw.sqlite3_bind_text(stmt, Index(stmt, "@from"), period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            Check(db, raw.sqlite3_bind_text(stmt, Index(stmt, "@to"), period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            if (unit is not null)
            {
                Check(db, raw.sqlite3_bind_text(stmt, Index(stmt, "@unit"), unit));
            }

            var accounts = new Dictionary<string, string>(StringComparer.Ordinal);
            var lookup = accounts.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> chars = stackalloc char[64];
            var voucher = new List<CashFlows.Line>();
            for (var n = 0; ; n++)
            {
                var rc = raw.sqlite3_step(stmt);
                if (rc == raw.SQLITE_DONE)
                {
                    break;
                }

                if (rc != raw.SQLITE_ROW)
                {
                    throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
                }

                if ((n & 0xFFFF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                var id = raw.sqlite3_column_int64(stmt, 0);
                var bytes = raw.sqlite3_column_blob(stmt, 1);
                ReadOnlySpan<char> code = bytes.Length <= chars.Length && Encoding.UTF8.TryGetChars(bytes, chars, out var length) ? chars[..length] : Encoding.UTF8.GetString(bytes);
                if (!lookup.TryGetValue(code, out var account))
                {
                    account = code.ToString();
                    accounts[account] = account;
                }

                var line = new CashFlows.Line(id, account, raw.sqlite3_column_int64(stmt, 2), raw.sqlite3_column_int64(stmt, 3), raw.sqlite3_column_int64(stmt, 4) != 0);
                if (voucher.Count > 0 && voucher[0].Voucher != line.Voucher)
                {
                    flows.Add(voucher);
                    voucher.Clear();
                }

                voucher.Add(line);
            }

            flows.Add(voucher);
        }
        finally
        {
            raw.sqlite3_finalize(stmt);
        }
    }

    private static int Index(sqlite3_stmt stmt, string name)
    {
        var index = raw.sqlite3_bind_parameter_index(stmt, name);
        return index > 0 ? index : throw new InvalidOperationException($"The statement has no parameter {name}.");
    }

    private static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
        }
    }
}
