using System.Data.Common;
using System.Runtime.CompilerServices;

namespace PartyFinance.Infrastructure.Persistence.Audit;

/// <summary>
/// The digest of every stored voucher (optionally of one unit and/or year), recomputed from its rows, in id order, one voucher held at a time;
/// each line is also added to <paramref name="figures"/>, when given, so the balances the reports read are checked in the same pass.
/// </summary>
internal static class StoredVoucherDigests
{
    public sealed record Digest(long Id, string Number, string Unit, int Year, string Value);

    public static async IAsyncEnumerable<Digest> ReadAsync(DatabaseTarget target, string? unit, int? year, LedgerFigures? figures, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var headers = await target.OpenConnectionAsync(ct);
        await using var lines = await target.OpenConnectionAsync(ct);
        await using var h = Command(headers, HeadersSql(unit is not null, year is not null), unit, year);
        await using var l = Command(lines, LinesSql(unit is not null, year is not null), unit, year);
        await using var hr = await h.ExecuteReaderAsync(ct);
        await using var lr = await l.ExecuteReaderAsync(ct);
        var digest = new VoucherDigest();
        var hasLine = await lr.ReadAsync(ct);
        while (await hr.ReadAsync(ct))
        {
            var id = hr.GetInt64(0);
            var number = hr.GetString(1);
            var unitCode = hr.GetString(3);
            var y = hr.GetInt32(5);
            var type = hr.GetString(4);
            var date = hr.GetFieldValue<DateOnly>(7);
            digest.Header(number, hr.GetString(2), unitCode, type, y, hr.GetInt32(6), date, hr.GetString(8), hr.GetInt64(9),
                hr.GetString(10), hr.IsDBNull(11) ? null : hr.GetInt64(11), Text(hr, 12), hr.GetString(13), hr.GetFieldValue<DateTimeOffset>(14),
                hr.IsDBNull(15) ? null : hr.GetInt64(15));

            // Lines of vouchers that no longer exist (a header deleted behind the application) are skipped here; the header is reported missing.
            while (hasLine && lr.GetInt64(0) < id)
            {
                hasLine = await lr.ReadAsync(ct);
            }

            while (hasLine && lr.GetInt64(0) == id)
            {
                var (account, debit, credit, fund, item, sector) = (lr.GetString(2), lr.GetInt64(3), lr.GetInt64(4), Text(lr, 6), Text(lr, 7), Text(lr, 8));
                digest.Line(lr.GetInt32(1), account, debit, credit, lr.GetBoolean(5), fund, item, sector, Text(lr, 9), Text(lr, 10));
                figures?.Add(unitCode, date, type, account, debit, credit, fund, item, sector);
                hasLine = await lr.ReadAsync(ct);
            }

            yield return new Digest(id, number, unitCode, y, digest.Finish());
        }
    }

    /// <summary>Every stored voucher (of one unit: @unit; of one year: @year) in id order, with every field its digest covers.</summary>
    public static string HeadersSql(bool ofUnit, bool ofYear) =>
        "SELECT v.id, v.number, v.client_key, v.unit_code, v.type_code, v.year, v.sequence, v.date, v.description, v.amount, " +
        "v.fingerprint, v.reverses_id, v.reversal_reason, v.posted_by, v.posted_at, v.batch_id FROM vouchers v WHERE " + Where(ofUnit, ofYear) + " ORDER BY v.id";

    /// <summary>The lines of <see cref="HeadersSql"/>'s vouchers, in the same order.</summary>
    public static string LinesSql(bool ofUnit, bool ofYear) =>
        "SELECT l.voucher_id, l.line_no, l.account_code, l.debit, l.credit, l.is_off_balance, l.fund_source, l.budget_item, l.sector, " +
        "l.program, l.counterparty FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id WHERE " + Where(ofUnit, ofYear) + " ORDER BY l.voucher_id, l.line_no";

    private static string Where(bool ofUnit, bool ofYear) => (ofUnit ? "v.unit_code = @unit" : "1 = 1") + (ofYear ? " AND v.year = @year" : string.Empty);

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DbCommand Command(DbConnection connection, string sql, string? unit, int? year)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.CommandTimeout = 0;
        if (unit is not null)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "@unit";
            p.Value = unit;
            cmd.Parameters.Add(p);
        }

        if (year is not null)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "@year";
            p.Value = year.Value;
            cmd.Parameters.Add(p);
        }

        return cmd;
    }
}
