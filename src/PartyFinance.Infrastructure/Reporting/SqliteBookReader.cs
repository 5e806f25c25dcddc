using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using PartyFinance.Application.Ledger;
using PartyFinance.Application.Reporting;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Reporting;

/// <summary>
/// The lines of a Sổ cái on SQLite in posting order (date, voucher, line) without sorting the book. Vouchers are
/// numbered as they are posted and never changed or deleted, so in id order their dates mostly rise: the vouchers
/// posted after one with a later date (backdated) are found first — in id order, each voucher dated before the latest
/// date seen so far — and read apart, sorted (few); the rest is read in id order, which is already date order, and the
/// two are merged. The database then walks its indexes instead of sorting millions of lines. Several books are read in
/// one pass (the general ledger's accounts): the first is handed on as it is read, the others wait in temporary files.
/// The rows are read on a thread of their own, a batch ahead of the sheet being written. The books of a read of several
/// (the general ledger) are kept after it, the first one too, so a later book of one of those accounts for the same
/// period and unit (the cash book, the bank book, the advance book of the same export) is replayed from its file instead
/// of reading the year again — as long as no voucher was posted in between.
/// </summary>
internal sealed class SqliteBookReader(DatabaseTarget target) : IDisposable
{
    private const int Batch = 1024;

    private const string Columns =
        "SELECT v.id, v.date, v.number, v.description, l.account_code, l.debit, l.credit, l.is_off_balance FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id";

    // The backdated vouchers of the last period asked, valid while no voucher was added (vouchers are append-only).
    private LateVouchers? _late;

    // The books of the last read of several, by account, valid for its period and unit while no voucher was added.
    private KeptBooks? _kept;

    /// <summary>How many books were replayed from an earlier read instead of being read again (diagnostics and tests).</summary>
    public int BooksReplayed { get; private set; }

    public void Dispose() => Interlocked.Exchange(ref _kept, null)?.Dispose();

    public async IAsyncEnumerable<BookLine> ReadAsync(IReadOnlyList<string> accounts, ReportPeriod period, string? unit, [EnumeratorCancellation] CancellationToken ct)
    {
        if (accounts.Count == 0)
        {
            yield break;
        }

        var late = await LateAsync(period, unit, ct);
        var kept = Interlocked.Exchange(ref _kept, null);
        if (kept is not null && kept.Serves(accounts, period, unit, _late!.MaxId))
        {
            // Replayed from the earlier read; the books not asked stay kept for the next one.
            for (var book = 0; book < accounts.Count; book++)
            {
                if (kept.Books.Remove(accounts[book], out var spool))
                {
                    using (spool)
                    {
                        BooksReplayed++;
                        foreach (var entry in spool.Replay())
                        {
                            ct.ThrowIfCancellationRequested();
                            yield return new BookLine(book, entry);
                        }
                    }
                }
            }

            Interlocked.Exchange(ref _kept, kept.Books.Count > 0 ? kept : null)?.Dispose();
            yield break;
        }

        kept?.Dispose();
        var channel = Channel.CreateBounded<(int Book, List<LedgerBookEntry> Lines)>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(() => ProduceAsync(accounts, period, unit, late, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var (book, lines) in channel.Reader.ReadAllAsync(ct))
            {
                foreach (var entry in lines)
                {
                    yield return new BookLine(book, entry);
                }
            }
        }
        finally
        {
            // Stopped early (or failed): the reading thread stops too and its connections are closed before we return.
            await stop.CancelAsync();
            try
            {
                await producer;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
        }
    }

    /// <summary>
    /// One read of the ledger for every book: the first book's lines go to the sheet as they are read, the others into
    /// spools, replayed in turn once the read is done.
    /// </summary>
    private async Task ProduceAsync(IReadOnlyList<string> accounts, ReportPeriod period, string? unit, HashSet<long> late,
        ChannelWriter<(int Book, List<LedgerBookEntry> Lines)> writer, CancellationToken ct)
    {
        var spools = new BookSpool?[accounts.Count];
        // A read of several books keeps them all (the first one spooled too) for the books asked after it.
        var keep = accounts.Count > 1 && accounts.Distinct(StringComparer.Ordinal).Count() == accounts.Count;
        if (keep)
        {
            spools[0] = new BookSpool();
        }

        try
        {
            await using var connection = await target.OpenConnectionAsync(ct);
            await using var lateConnection = late.Count > 0 ? await target.OpenConnectionAsync(ct) : null;
            var ranges = string.Join(" OR ", accounts.Select((_, i) => $"(x.account_code >= @lo{i} AND x.account_code < @hi{i})"));
            var filter = " WHERE v.year = @year AND v.date >= @from AND v.date <= @to" + (unit is null ? string.Empty : " AND v.unit_code = @unit") +
                (await MostOfTheYearAsync(connection, ranges, accounts, period) ? string.Empty : $" AND v.id IN (SELECT x.voucher_id FROM voucher_lines x WHERE {ranges})");
            await using var main = Command(connection, Columns + filter + " ORDER BY v.id, l.line_no", accounts, period, unit);
            await using var mainReader = await main.ExecuteReaderAsync(ct);
            var inOrder = new Cursor(mainReader, late.Count > 0 ? late : null);
            Cursor? backdated = null;
            DbCommand? lateCommand = null;
            DbDataReader? lateReader = null;
            var batch = new List<LedgerBookEntry>(Batch);
            try
            {
                if (lateConnection is not null)
                {
                    lateCommand = Command(lateConnection, Columns + filter + " AND v.id IN (SELECT value FROM json_each(@late)) ORDER BY v.date, v.id, l.line_no", accounts, period, unit);
                    ReportSource.Add(lateCommand, "@late", "[" + string.Join(",", late.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]");
                    lateReader = await lateCommand.ExecuteReaderAsync(ct);
                    backdated = new Cursor(lateReader, null);
                }

                var a = inOrder.Next();
                var b = backdated?.Next() ?? false;
                while (a || b)
                {
                    var fromMain = a && (!b || inOrder.CompareTo(backdated!) <= 0);
                    (fromMain ? inOrder : backdated!).AddEntries(accounts, batch, spools, keep);
                    if (batch.Count >= Batch)
                    {
                        await writer.WriteAsync((0, batch), ct);
                        batch = new List<LedgerBookEntry>(Batch);
                    }

                    if (fromMain)
                    {
                        a = inOrder.Next();
                    }
                    else
                    {
                        b = backdated!.Next();
                    }
                }
            }
            finally
            {
                if (lateReader is not null)
                {
                    await lateReader.DisposeAsync();
                }

                if (lateCommand is not null)
                {
                    await lateCommand.DisposeAsync();
                }
            }

            for (var book = 0; book < accounts.Count; book++)
            {
                foreach (var entry in book == 0 ? [] : spools[book]?.Replay() ?? [])
                {
                    batch.Add(entry);
                    if (batch.Count >= Batch)
                    {
                        await writer.WriteAsync((book, batch), ct);
                        batch = new List<LedgerBookEntry>(Batch);
                    }
                }

                if (batch.Count > 0)
                {
                    await writer.WriteAsync((book, batch), ct);
                    batch = new List<LedgerBookEntry>(Batch);
                }
            }

            if (keep)
            {
                var books = new Dictionary<string, BookSpool>(StringComparer.Ordinal);
                for (var book = 0; book < accounts.Count; book++)
                {
                    books[accounts[book]] = spools[book] ?? new BookSpool();
                    spools[book] = null;
                }

                Interlocked.Exchange(ref _kept, new KeptBooks(period, unit, _late!.MaxId, books))?.Dispose();
            }

            writer.Complete();
        }
        catch (Exception e)
        {
            writer.TryComplete(e);
            throw;
        }
        finally
        {
            foreach (var spool in spools)
            {
                spool?.Dispose();
            }
        }
    }

    /// <summary>
    /// Whether the books take a good part of the year's vouchers (the general ledger of every account, the cash book): then
    /// reading every voucher of the year in order is cheaper than first collecting the ids of the vouchers that touch them.
    /// </summary>
    private static async Task<bool> MostOfTheYearAsync(DbConnection connection, string ranges, IReadOnlyList<string> accounts, ReportPeriod period)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT (SELECT COUNT(*) FROM voucher_lines x WHERE {ranges}), (SELECT COUNT(*) FROM vouchers WHERE year = @year)";
        ReportSource.Add(cmd, "@year", period.Year);
        AddRanges(cmd, accounts);
        await using var reader = await cmd.ExecuteReaderAsync();
        return await reader.ReadAsync() && reader.GetInt64(0) * 2 >= reader.GetInt64(1);
    }

    /// <summary>Ids of the period's vouchers that were posted after a voucher with a later date (in id order, dated before the latest date seen).</summary>
    private async Task<HashSet<long>> LateAsync(ReportPeriod period, string? unit, CancellationToken ct)
    {
        await using var connection = await target.OpenConnectionAsync(ct);
        await using var last = connection.CreateCommand();
        last.CommandText = "SELECT COALESCE(MAX(id), 0) FROM vouchers";
        var maxId = Convert.ToInt64(await last.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        if (_late is { } known && known.Period == period && known.Unit == unit && known.MaxId == maxId)
        {
            return known.Ids;
        }

        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT id, date FROM vouchers WHERE year = @year AND date >= @from AND date <= @to" + (unit is null ? string.Empty : " AND unit_code = @unit") + " ORDER BY id";
        ReportSource.Add(cmd, "@year", period.Year);
        ReportSource.Add(cmd, "@from", period.From);
        ReportSource.Add(cmd, "@to", period.To);
        if (unit is not null)
        {
            ReportSource.Add(cmd, "@unit", unit);
        }

        var ids = new HashSet<long>();
        string? latest = null;
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (reader.Read())
            {
                var date = reader.GetString(1);
                if (latest is not null && string.CompareOrdinal(date, latest) < 0)
                {
                    ids.Add(reader.GetInt64(0));
                }
                else
                {
                    latest = date;
                }
            }
        }

        _late = new LateVouchers(period, unit, maxId, ids);
        return ids;
    }

    private static DbCommand Command(DbConnection connection, string sql, IReadOnlyList<string> accounts, ReportPeriod period, string? unit)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        ReportSource.Add(cmd, "@year", period.Year);
        ReportSource.Add(cmd, "@from", period.From);
        ReportSource.Add(cmd, "@to", period.To);
        if (sql.Contains("@lo0", StringComparison.Ordinal))
        {
            AddRanges(cmd, accounts);
        }

        if (unit is not null)
        {
            ReportSource.Add(cmd, "@unit", unit);
        }

        return cmd;
    }

    /// <summary>Accounts starting with a prefix as a code range the account index serves (LIKE is not indexed).</summary>
    private static void AddRanges(DbCommand cmd, IReadOnlyList<string> accounts)
    {
        for (var i = 0; i < accounts.Count; i++)
        {
            var prefix = accounts[i];
            ReportSource.Add(cmd, $"@lo{i}", prefix);
            ReportSource.Add(cmd, $"@hi{i}", prefix[..^1] + (char)(prefix[^1] + 1));
        }
    }

    private sealed record LateVouchers(ReportPeriod Period, string? Unit, long MaxId, HashSet<long> Ids);

    /// <summary>Books of an earlier read (every account of it, empty books too), each in its spool.</summary>
    private sealed record KeptBooks(ReportPeriod Period, string? Unit, long MaxId, Dictionary<string, BookSpool> Books) : IDisposable
    {
        public bool Serves(IReadOnlyList<string> accounts, ReportPeriod period, string? unit, long maxId) =>
            Period == period && Unit == unit && MaxId == maxId && accounts.Distinct(StringComparer.Ordinal).Count() == accounts.Count && accounts.All(Books.ContainsKey);

        public void Dispose()
        {
            foreach (var spool in Books.Values)
            {
                spool.Dispose();
            }

            Books.Clear();
        }
    }

    /// <summary>One voucher at a time of a reader ordered by voucher then line (the vouchers in <c>skip</c> passed over).</summary>
    private sealed class Cursor(DbDataReader reader, HashSet<long>? skip)
    {
        private readonly List<ContraAccounts.Line> _lines = [];
        private bool _started;
        private bool _hasRow;
        private string _dateText = string.Empty;
        private DateOnly _date;
        private long _id;
        private string _number = string.Empty;
        private string _description = string.Empty;

        public bool Next()
        {
            if (!_started)
            {
                (_started, _hasRow) = (true, Advance());
            }

            if (!_hasRow)
            {
                return false;
            }

            _id = reader.GetInt64(0);
            var dateText = reader.GetString(1);
            if (dateText != _dateText)
            {
                (_dateText, _date) = (dateText, DateOnly.ParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            (_number, _description) = (reader.GetString(2), reader.GetString(3));
            _lines.Clear();
            do
            {
                _lines.Add(new ContraAccounts.Line(reader.GetString(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetBoolean(7)));
                _hasRow = Advance();
            }
            while (_hasRow && reader.GetInt64(0) == _id);

            return true;
        }

        /// <summary>Posting order: date, then voucher id (SQLite keeps dates as yyyy-MM-dd text, which sorts as the dates do).</summary>
        public int CompareTo(Cursor other)
        {
            var byDate = string.CompareOrdinal(_dateText, other._dateText);
            return byDate != 0 ? byDate : _id.CompareTo(other._id);
        }

        /// <summary>
        /// The voucher's lines on each book's account: the first book's into <paramref name="live"/>, the others' into
        /// their spools; each line with the other side of its entry (sub-accounts of the book's account left out).
        /// </summary>
        /// <param name="keepFirst">The first book's lines go to its spool too (it was created for them), to be replayed later.</param>
        public void AddEntries(IReadOnlyList<string> accounts, List<LedgerBookEntry> live, BookSpool?[] spools, bool keepFirst)
        {
            IReadOnlyList<IReadOnlyList<string>>? contras = null;
            for (var i = 0; i < _lines.Count; i++)
            {
                var l = _lines[i];
                for (var book = 0; book < accounts.Count; book++)
                {
                    var account = accounts[book];
                    if (!l.Account.StartsWith(account, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    contras ??= ContraAccounts.Of(_lines);
                    var entry = new LedgerBookEntry(_date, _number, _description, l.Account, ContraText(contras[i], account), l.Debit, l.Credit);
                    if (book == 0)
                    {
                        live.Add(entry);
                        if (keepFirst)
                        {
                            spools[0]!.Add(entry);
                        }
                    }
                    else
                    {
                        (spools[book] ??= new BookSpool()).Add(entry);
                    }
                }
            }
        }

        private static string ContraText(IReadOnlyList<string> contras, string account) => contras switch
        {
            [] => string.Empty,
            [var only] => only.StartsWith(account, StringComparison.Ordinal) ? string.Empty : only,
            _ => string.Join(", ", contras.Where(a => !a.StartsWith(account, StringComparison.Ordinal))),
        };

        private bool Advance()
        {
            while (reader.Read())
            {
                if (skip is null || !skip.Contains(reader.GetInt64(0)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
