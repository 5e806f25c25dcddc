using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Ledger;
using PartyFinance.Application.Reference;
using PartyFinance.Application.Reporting;
using PartyFinance.Domain.Organisation;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Reporting;

/// <summary>The reports' view of the books: the queries of `ledger trial-balance` and `ledger general`, plus turnover without the closing vouchers.</summary>
public sealed class ReportSource(DatabaseTarget target, LedgerQueries ledger, LedgerReportQueries reports) : IReportSource, IDisposable
{
    private readonly SqliteBookReader _books = new(target);

    /// <summary>SQLite: how many books were replayed from the files of an earlier read of several (the general ledger's) instead of read again.</summary>
    public int BooksReplayed => _books.BooksReplayed;

    /// <summary>Deletes the books kept from the last read.</summary>
    public void Dispose() => _books.Dispose();

    public Task<IReadOnlyList<OrganisationUnit>> UnitsAsync(CancellationToken ct) => ledger.ListUnitsAsync(ct);

    public Task<IReadOnlyDictionary<string, ChartAccount>> ChartAsync(CancellationToken ct) => reports.ChartAsync(ct);

    public async Task<IReadOnlyList<BudgetCode>> BudgetCodesAsync(CancellationToken ct)
    {
        await using var db = target.CreateContext();
        return (await db.BudgetCodes.AsNoTracking().ToListAsync(ct)).ConvertAll(b => new BudgetCode(b.Kind, b.Code, b.Name, b.ParentCode, b.ValidFrom, b.ValidTo));
    }

    public Task<IReadOnlyList<AccountMovement>> MovementsAsync(ReportPeriod period, string? unit, CancellationToken ct) => reports.MovementsAsync(period, unit, ct);

    public async Task<(long Debit, long Credit)> BookOpeningAsync(string account, ReportPeriod period, string? unit, CancellationToken ct)
    {
        await using var connection = await target.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = BookOpeningSql(unit is not null, LinesBefore(period));
        Add(cmd, "@year", period.Year);
        Add(cmd, "@from", period.From);
        AddRange(cmd, account);
        if (unit is not null)
        {
            Add(cmd, "@unit", unit);
        }

        long debit = 0, credit = 0;
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            if (await reader.ReadAsync(ct))
            {
                (debit, credit) = (reader.GetInt64(0), reader.GetInt64(1));
            }
        }

        if (period.From.DayOfYear == 1)
        {
            return (debit, credit);
        }

        var net = checked(debit - credit);
        return net > 0 ? (net, 0) : (0, -net);
    }

    public IAsyncEnumerable<BookLine> BookEntriesAsync(IReadOnlyList<string> accounts, ReportPeriod period, string? unit, CancellationToken ct) =>
        target.Provider == DatabaseProvider.Sqlite ? _books.ReadAsync(accounts, period, unit, ct) : SortedBooksAsync(accounts, period, unit, ct);

    /// <summary>PostgreSQL sorts each book itself (its sort is fast and spills to disk past work_mem).</summary>
    private async IAsyncEnumerable<BookLine> SortedBooksAsync(IReadOnlyList<string> accounts, ReportPeriod period, string? unit, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var book = 0; book < accounts.Count; book++)
        {
            await foreach (var entry in SortedBookEntriesAsync(accounts[book], period, unit, ct))
            {
                yield return new BookLine(book, entry);
            }
        }
    }

    private async IAsyncEnumerable<LedgerBookEntry> SortedBookEntriesAsync(string account, ReportPeriod period, string? unit, [EnumeratorCancellation] CancellationToken ct)
    {
        // Every line of the vouchers that touch the account (the contra accounts need the whole voucher), in posting order, one voucher held at a time.
        await using var connection = await target.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = SortedBookSql(unit is not null);
        Add(cmd, "@year", period.Year);
        Add(cmd, "@from", period.From);
        Add(cmd, "@to", period.To);
        AddRange(cmd, account);
        if (unit is not null)
        {
            Add(cmd, "@unit", unit);
        }

        var voucher = new List<(DateOnly Date, string Number, string Description, ContraAccounts.Line Line)>();
        long current = -1;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetInt64(0);
            if (id != current && voucher.Count > 0)
            {
                foreach (var entry in Entries(account, voucher))
                {
                    yield return entry;
                }

                voucher.Clear();
            }

            current = id;
            voucher.Add((reader.GetFieldValue<DateOnly>(1), reader.GetString(2), reader.GetString(3),
                new ContraAccounts.Line(reader.GetString(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetBoolean(7))));
        }

        foreach (var entry in Entries(account, voucher))
        {
            yield return entry;
        }
    }

    /// <summary>The book lines of one voucher: its lines on the account, each with the other side of its entry (sub-accounts of the account left out).</summary>
    private static IEnumerable<LedgerBookEntry> Entries(string account, List<(DateOnly Date, string Number, string Description, ContraAccounts.Line Line)> voucher)
    {
        if (voucher.Count == 0)
        {
            yield break;
        }

        var contras = ContraAccounts.Of(voucher.ConvertAll(v => v.Line));
        for (var i = 0; i < voucher.Count; i++)
        {
            var l = voucher[i].Line;
            if (l.Account.StartsWith(account, StringComparison.Ordinal))
            {
                var contra = string.Join(", ", contras[i].Where(a => !a.StartsWith(account, StringComparison.Ordinal)));
                yield return new LedgerBookEntry(voucher[i].Date, voucher[i].Number, voucher[i].Description, l.Account, contra, l.Debit, l.Credit);
            }
        }
    }

    /// <summary>Accounts starting with <paramref name="prefix"/> as a code range the account index serves (LIKE is not indexed on either database).</summary>
    private static void AddRange(DbCommand cmd, string prefix)
    {
        Add(cmd, "@lo", prefix);
        Add(cmd, "@hi", prefix[..^1] + (char)(prefix[^1] + 1));
    }

    public async Task<IReadOnlyList<CashFlow>> CashFlowsAsync(ReportPeriod period, string? unit, IReadOnlyCollection<string> cash, CancellationToken ct)
    {
        // One pass over the year's lines in posting order with a plain reader, one voucher held at a time.
        await using var connection = await target.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = CashFlowLinesSql(unit is not null);
        Add(cmd, "@year", period.Year);
        Add(cmd, "@from", period.From);
        Add(cmd, "@to", period.To);
        if (unit is not null)
        {
            Add(cmd, "@unit", unit);
        }

        var flows = new CashFlows.Accumulator(cash);
        if (connection is Microsoft.Data.Sqlite.SqliteConnection sqlite)
        {
            SqliteCashLines.Read(Persistence.Sqlite.SqliteOptions.Handle(sqlite), cmd, flows, ct);
            return flows.Flows;
        }

        var voucher = new List<CashFlows.Line>();
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var line = new CashFlows.Line(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetBoolean(4));
                if (voucher.Count > 0 && voucher[0].Voucher != line.Voucher)
                {
                    flows.Add(voucher);
                    voucher.Clear();
                }

                voucher.Add(line);
            }
        }

        flows.Add(voucher);
        return flows.Flows;
    }

    /// <summary>
    /// The period's movements (from the balances, small) less the lines of the few vouchers that touch an excluded
    /// account, found through the account index by a code range rather than LIKE, which neither database indexes.
    /// </summary>
    public async Task<IReadOnlyList<AccountMovement>> MovementsExcludingAsync(ReportPeriod period, string? unit, IReadOnlyCollection<string> excluding, CancellationToken ct)
    {
        var all = await reports.MovementsAsync(period, unit, ct);
        if (excluding.Count == 0)
        {
            return all;
        }

        await using var connection = await target.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = ExcludedMovementsSql(unit is not null, excluding.Count);
        Add(cmd, "@year", period.Year);
        Add(cmd, "@from", period.From);
        Add(cmd, "@to", period.To);
        if (unit is not null)
        {
            Add(cmd, "@unit", unit);
        }

        foreach (var (prefix, i) in excluding.Select((p, i) => (p, i)))
        {
            Add(cmd, $"@lo{i}", prefix);
            Add(cmd, $"@hi{i}", prefix[..^1] + (char)(prefix[^1] + 1));
        }

        var closing = new Dictionary<string, (long Debit, long Credit)>(StringComparer.Ordinal);
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                closing[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2));
            }
        }

        return all.Select(m => closing.TryGetValue(m.Account, out var c) ? m with { Debit = checked(m.Debit - c.Debit), Credit = checked(m.Credit - c.Credit) } : m).ToList();
    }

    /// <summary>The opening of a book: the year's opening balances of the accounts in [@lo, @hi) plus their lines dated before @from (of one unit: @unit).</summary>
    public static string BookOpeningSql(bool ofUnit, bool linesBefore = true) =>
        "SELECT CAST(COALESCE(SUM(d), 0) AS BIGINT), CAST(COALESCE(SUM(c), 0) AS BIGINT) FROM (" +
        " SELECT debit AS d, credit AS c FROM opening_balances WHERE year = @year AND account_code >= @lo AND account_code < @hi" + (ofUnit ? " AND unit_code = @unit" : string.Empty) +
        (linesBefore
            ? " UNION ALL SELECT l.debit, l.credit FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id WHERE v.year = @year AND v.date < @from" +
              " AND l.account_code >= @lo AND l.account_code < @hi" + (ofUnit ? " AND v.unit_code = @unit" : string.Empty)
            : string.Empty) + ") o";

    /// <summary>
    /// Whether lines of the year come before the period: not when it starts on 1 January, since a voucher's year is its date's
    /// (its number says so). Asking anyway walks every line of the account to find none: a quarter of a second per book at a province's size.
    /// </summary>
    public static bool LinesBefore(ReportPeriod period) => period.From > new DateOnly(period.Year, 1, 1);

    /// <summary>Every line of the period's vouchers that touch an account in [@lo, @hi), in posting order (of one unit: @unit).</summary>
    public static string SortedBookSql(bool ofUnit) =>
        "SELECT v.id, v.date, v.number, v.description, l.account_code, l.debit, l.credit, l.is_off_balance FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id" +
        " WHERE v.year = @year AND v.date >= @from AND v.date <= @to" + (ofUnit ? " AND v.unit_code = @unit" : string.Empty) +
        " AND v.id IN (SELECT x.voucher_id FROM voucher_lines x WHERE x.account_code >= @lo AND x.account_code < @hi)" +
        " ORDER BY v.date, v.id, l.line_no";

    /// <summary>The period's lines in voucher order (v.id, not l.voucher_id: SQLite then walks the year index in order instead of sorting millions of rows).</summary>
    public static string CashFlowLinesSql(bool ofUnit) =>
        "SELECT v.id, l.account_code, l.debit, l.credit, l.is_off_balance FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id" +
        " WHERE v.year = @year AND v.date >= @from AND v.date <= @to" + (ofUnit ? " AND v.unit_code = @unit" : string.Empty) +
        " ORDER BY v.id, l.line_no";

    /// <summary>The period's movements per account of the vouchers touching an account in one of the ranges [@lo0, @hi0) … (of one unit: @unit).</summary>
    public static string ExcludedMovementsSql(bool ofUnit, int ranges) =>
        "SELECT l.account_code, CAST(SUM(l.debit) AS BIGINT), CAST(SUM(l.credit) AS BIGINT) FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id" +
        " WHERE v.year = @year AND v.date >= @from AND v.date <= @to" + (ofUnit ? " AND v.unit_code = @unit" : string.Empty) +
        " AND l.voucher_id IN (SELECT x.voucher_id FROM voucher_lines x WHERE " +
        string.Join(" OR ", Enumerable.Range(0, ranges).Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"(x.account_code >= @lo{i} AND x.account_code < @hi{i})"))) + ")" +
        " GROUP BY l.account_code";

    internal static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
