using PartyFinance.Application.Reporting;
using SQLitePCL;

namespace PartyFinance.Infrastructure.Reporting;

/// <summary>
/// The cash-flow statement's pass over a year of lines on SQLite, through the native statement (<see cref="SqliteStatement"/>):
/// one call per value instead of Microsoft.Data.Sqlite's per-value checks and conversions, and each account code looked up
/// from its bytes. The same query, the same lines in the same order as the plain reader.
/// </summary>
internal static class SqliteCashLines
{
    /// <param name="db">The open connection's native handle.</param>
    /// <param name="command">The query with its parameters (<see cref="ReportSource.CashFlowLinesSql"/>).</param>
    public static void Read(sqlite3 db, System.Data.Common.DbCommand command, CashFlows.Accumulator flows, CancellationToken ct)
    {
        using var statement = new SqliteStatement(db, command);
        var stmt = statement.Handle;
        var voucher = new List<CashFlows.Line>();
        for (var n = 0; statement.Step(); n++)
        {
            if ((n & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var line = new CashFlows.Line(raw.sqlite3_column_int64(stmt, 0), statement.Code(1), raw.sqlite3_column_int64(stmt, 2), raw.sqlite3_column_int64(stmt, 3),
                raw.sqlite3_column_int64(stmt, 4) != 0);
            if (voucher.Count > 0 && voucher[0].Voucher != line.Voucher)
            {
                flows.Add(voucher);
                voucher.Clear();
            }

            voucher.Add(line);
        }

        flows.Add(voucher);
    }
}
