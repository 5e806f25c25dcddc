using System.Data.Common;
using System.Globalization;
using PartyFinance.Application.Ledger;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Ledger;

/// <summary>What `voucher export` wrote.</summary>
public sealed record VoucherExportReport(int Vouchers, int Lines);

/// <summary>
/// `voucher export --year Y [--unit U] --out FILE`: the year's vouchers (optionally of one unit) in the format
/// `voucher import` reads — the required columns and every optional one, one row per line, the voucher's key, date,
/// unit, type and description on each. Vouchers come in the order they were posted, so importing the file into books
/// that hold nothing of that year numbers every voucher as it is numbered here. The non-zero side of a line is written,
/// the other left empty. A reversal comes back as a plain voucher with the same lines (the file has no column for the
/// link). Streamed: one row held at a time.
/// </summary>
public sealed class VoucherCsvExport(DatabaseTarget target)
{
    /// <summary>The header: <see cref="VoucherCsvParser.Required"/> then <see cref="VoucherCsvParser.Optional"/>.</summary>
    public static readonly string Header = string.Join(',', [.. VoucherCsvParser.Required, .. VoucherCsvParser.Optional]);

    public async Task<VoucherExportReport> WriteAsync(int year, string? unit, TextWriter w, CancellationToken ct)
    {
        await using var headers = await target.OpenConnectionAsync(ct);
        await using var lines = await target.OpenConnectionAsync(ct);
        await using var h = YearCommand.Of(headers, HeadersSql(unit is not null), unit, year);
        await using var l = YearCommand.Of(lines, LinesSql(unit is not null), unit, year);
        await using var hr = await h.ExecuteReaderAsync(ct);
        await using var lr = await l.ExecuteReaderAsync(ct);
        w.Write(Header);
        w.Write('\n');
        int vouchers = 0, count = 0;
        var hasLine = await lr.ReadAsync(ct);
        while (await hr.ReadAsync(ct))
        {
            var id = hr.GetInt64(0);
            var key = Field(hr.GetString(2));
            var unitCode = Field(hr.GetString(3));
            var date = hr.GetFieldValue<DateOnly>(4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var description = Field(hr.GetString(5));
            var type = Field(hr.GetString(6));
            while (hasLine && lr.GetInt64(0) < id)
            {
                hasLine = await lr.ReadAsync(ct);
            }

            while (hasLine && lr.GetInt64(0) == id)
            {
                w.Write(key);
                w.Write(',');
                w.Write(date);
                w.Write(',');
                w.Write(unitCode);
                w.Write(',');
                w.Write(type);
                w.Write(',');
                w.Write(description);
                w.Write(',');
                w.Write(Field(lr.GetString(1)));
                w.Write(',');
                Amount(w, lr.GetInt64(2));
                w.Write(',');
                Amount(w, lr.GetInt64(3));
                for (var i = 4; i <= 8; i++)
                {
                    w.Write(',');
                    if (!lr.IsDBNull(i))
                    {
                        w.Write(Field(lr.GetString(i)));
                    }
                }

                w.Write('\n');
                count++;
                hasLine = await lr.ReadAsync(ct);
            }

            vouchers++;
        }

        return new VoucherExportReport(vouchers, count);
    }

    /// <summary>The vouchers of a year (of one unit: @unit) in the order they were posted.</summary>
    public static string HeadersSql(bool ofUnit) =>
        "SELECT v.id, v.number, v.client_key, v.unit_code, v.date, v.description, v.type_code FROM vouchers v WHERE v.year = @year" +
        (ofUnit ? " AND v.unit_code = @unit" : string.Empty) + " ORDER BY v.id";

    /// <summary>The lines of the year's vouchers (of one unit: @unit) with their dimensions, in posting order.</summary>
    public static string LinesSql(bool ofUnit) =>
        "SELECT l.voucher_id, l.account_code, l.debit, l.credit, l.fund_source, l.budget_item, l.sector, l.program, l.counterparty " +
        "FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id WHERE v.year = @year" + (ofUnit ? " AND v.unit_code = @unit" : string.Empty) +
        " ORDER BY l.voucher_id, l.line_no";

    private static void Amount(TextWriter w, long amount)
    {
        if (amount != 0)
        {
            w.Write(amount.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>RFC 4180: a cell with a comma, a quote, a line break or edge spaces is quoted, its quotes doubled.</summary>
    private static string Field(string text) =>
        text.Length > 0 && (text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
}
