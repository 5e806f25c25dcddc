using System.Data.Common;
using System.Globalization;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Ledger;

/// <summary>What `ledger export` wrote.</summary>
public sealed record JournalExportReport(int Vouchers, int Lines, int OpeningEntries);

/// <summary>
/// `ledger export --format ledger`: a year's journal (optionally of one unit) in the plain-text format Ledger and
/// hledger read. First, per unit, one entry dated 1 January with its opening balances (số dư đầu năm); then every voucher
/// of the year in the order it was posted, its number as the entry's code and its key as a note. Accounts are
/// <c>unit:account</c>, amounts whole đồng in the commodity <c>VND</c>, debit positive and credit negative. Off-balance
/// lines (0xx: Nợ = tăng, Có = giảm) are single-sided, so they are written as virtual postings in parentheses, which
/// neither tool requires to balance. So `ledger bal` shows each account's closing balance of the trial balance,
/// debit minus credit. Streamed: one voucher held at a time.
/// </summary>
public sealed class LedgerJournalExport(DatabaseTarget target)
{
    public async Task<JournalExportReport> WriteAsync(int year, string? unit, TextWriter w, CancellationToken ct)
    {
        await using var headers = await target.OpenConnectionAsync(ct);
        await using var lines = await target.OpenConnectionAsync(ct);

        var openings = 0;
        await using (var o = YearCommand.Of(headers, OpeningsSql(unit is not null), unit, year))
        await using (var or = await o.ExecuteReaderAsync(ct))
        {
            string? current = null;
            while (await or.ReadAsync(ct))
            {
                var u = or.GetString(0);
                if (u != current)
                {
                    w.Write(string.Create(CultureInfo.InvariantCulture, $"{(current is null ? string.Empty : "\n")}{year:0000}-01-01 * Số dư đầu năm {year} — {u}\n"));
                    current = u;
                    openings++;
                }

                var account = or.GetString(1);
                Posting(w, u, account, checked(or.GetInt64(2) - or.GetInt64(3)), account.StartsWith('0'));
            }

            if (current is not null)
            {
                w.Write('\n');
            }
        }

        await using var h = YearCommand.Of(headers, HeadersSql(unit is not null), unit, year);
        await using var l = YearCommand.Of(lines, LinesSql(unit is not null), unit, year);
        await using var hr = await h.ExecuteReaderAsync(ct);
        await using var lr = await l.ExecuteReaderAsync(ct);
        int vouchers = 0, count = 0;
        var hasLine = await lr.ReadAsync(ct);
        while (await hr.ReadAsync(ct))
        {
            var id = hr.GetInt64(0);
            var unitCode = hr.GetString(3);
            w.Write(hr.GetFieldValue<DateOnly>(4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.Write(" * (");
            w.Write(hr.GetString(1));
            w.Write(") ");
            w.Write(OneLine(hr.GetString(5)));
            w.Write("\n    ; key: ");
            w.Write(OneLine(hr.GetString(2)));
            w.Write('\n');
            while (hasLine && lr.GetInt64(0) < id)
            {
                hasLine = await lr.ReadAsync(ct);
            }

            while (hasLine && lr.GetInt64(0) == id)
            {
                Posting(w, unitCode, lr.GetString(1), checked(lr.GetInt64(2) - lr.GetInt64(3)), lr.GetBoolean(4));
                count++;
                hasLine = await lr.ReadAsync(ct);
            }

            w.Write('\n');
            vouchers++;
        }

        return new JournalExportReport(vouchers, count, openings);
    }

    /// <summary>The opening balances of a year (of one unit: @unit), unit by unit.</summary>
    public static string OpeningsSql(bool ofUnit) =>
        "SELECT unit_code, account_code, debit, credit FROM opening_balances WHERE year = @year" + (ofUnit ? " AND unit_code = @unit" : string.Empty) +
        " ORDER BY unit_code, account_code";

    /// <summary>The vouchers of a year (of one unit: @unit) in the order they were posted.</summary>
    public static string HeadersSql(bool ofUnit) =>
        "SELECT v.id, v.number, v.client_key, v.unit_code, v.date, v.description FROM vouchers v WHERE " + Where(ofUnit) + " ORDER BY v.id";

    /// <summary>The lines of <see cref="HeadersSql"/>'s vouchers, in the same order.</summary>
    public static string LinesSql(bool ofUnit) =>
        "SELECT l.voucher_id, l.account_code, l.debit, l.credit, l.is_off_balance FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id WHERE " +
        Where(ofUnit) + " ORDER BY l.voucher_id, l.line_no";

    private static string Where(bool ofUnit) => "v.year = @year" + (ofUnit ? " AND v.unit_code = @unit" : string.Empty);

    private static void Posting(TextWriter w, string unit, string account, long amount, bool offBalance)
    {
        w.Write("    ");
        if (offBalance)
        {
            w.Write('(');
        }

        w.Write(unit);
        w.Write(':');
        w.Write(account);
        if (offBalance)
        {
            w.Write(')');
        }

        w.Write("  ");
        w.Write(amount.ToString(CultureInfo.InvariantCulture));
        w.Write(" VND\n");
    }

    /// <summary>A description or key on one line (an entry's header cannot span lines).</summary>
    private static string OneLine(string text) => text.Contains('\n') || text.Contains('\r') ? text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) : text;
}
