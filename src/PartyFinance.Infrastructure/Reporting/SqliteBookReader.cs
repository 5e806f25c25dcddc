using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;
using PartyFinance.Application.Ledger;
using PartyFinance.Application.Reporting;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Persistence.Sqlite;
using SQLitePCL;

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
    private const int VoucherBatch = 256;

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
    /// spools, replayed in turn once the read is done. The read is two stages on two threads: the database's rows
    /// become vouchers on one (<see cref="ReadVouchersAsync"/>), the vouchers become each book's lines with their
    /// contra accounts, and the spools are written, on the other — the same lines in the same order as one thread did.
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

        var vouchers = Channel.CreateBounded<List<Voucher>>(new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reading = Task.Run(() => ReadVouchersAsync(accounts, period, unit, late, vouchers.Writer, stop.Token), CancellationToken.None);
        try
        {
            var batch = new List<LedgerBookEntry>(Batch);
            await foreach (var read in vouchers.Reader.ReadAllAsync(ct))
            {
                foreach (var voucher in read)
                {
                    voucher.AddEntries(accounts, batch, spools, keep);
                    if (batch.Count >= Batch)
                    {
                        await writer.WriteAsync((0, batch), ct);
                        batch = new List<LedgerBookEntry>(Batch);
                    }
                }
            }

            await reading;
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
            // Stopped early or failed: the reading thread stops too and its connections are closed before the spools go.
            await stop.CancelAsync();
            try
            {
                await reading;
            }
            catch (Exception) when (reading.IsCanceled || reading.IsFaulted)
            {
                // Already surfaced through the channel, or the reading was stopped because this stage stopped.
            }

            foreach (var spool in spools)
            {
                spool?.Dispose();
            }
        }
    }

    /// <summary>
    /// The period's vouchers with the lines the books need, in posting order: the ones read in id order merged with the
    /// backdated ones read apart, handed on in batches.
    /// </summary>
    private async Task ReadVouchersAsync(IReadOnlyList<string> accounts, ReportPeriod period, string? unit, HashSet<long> late,
        ChannelWriter<List<Voucher>> writer, CancellationToken ct)
    {
        try
        {
            await using var connection = await target.OpenConnectionAsync(ct);
            await using var lateConnection = late.Count > 0 ? await target.OpenConnectionAsync(ct) : null;
            var ranges = string.Join(" OR ", accounts.Select((_, i) => $"(x.account_code >= @lo{i} AND x.account_code < @hi{i})"));
            var filter = " WHERE v.year = @year AND v.date >= @from AND v.date <= @to" + (unit is null ? string.Empty : " AND v.unit_code = @unit") +
                (await MostOfTheYearAsync(connection, accounts, period) ? string.Empty : $" AND v.id IN (SELECT x.voucher_id FROM voucher_lines x WHERE {ranges})");
            await using var main = Command(connection, Columns + filter + " ORDER BY v.id, l.line_no", accounts, period, unit);
            using var inOrder = new Cursor(new SqliteStatement(SqliteOptions.Handle(connection), main), late.Count > 0 ? late : null, ct);
            Cursor? backdated = null;
            DbCommand? lateCommand = null;
            var batch = new List<Voucher>(VoucherBatch);
            try
            {
                if (lateConnection is not null)
                {
                    lateCommand = Command(lateConnection, Columns + filter + " AND v.id IN (SELECT value FROM json_each(@late)) ORDER BY v.date, v.id, l.line_no", accounts, period, unit);
                    ReportSource.Add(lateCommand, "@late", "[" + string.Join(",", late.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]");
                    backdated = new Cursor(new SqliteStatement(SqliteOptions.Handle(lateConnection), lateCommand), null, ct);
                }

                var a = inOrder.Next();
                var b = backdated?.Next() ?? false;
                while (a || b)
                {
                    var fromMain = a && (!b || inOrder.CompareTo(backdated!) <= 0);
                    batch.Add((fromMain ? inOrder : backdated!).Take());
                    if (batch.Count >= VoucherBatch)
                    {
                        await writer.WriteAsync(batch, ct);
                        batch = new List<Voucher>(VoucherBatch);
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

                if (batch.Count > 0)
                {
                    await writer.WriteAsync(batch, ct);
                }
            }
            finally
            {
                backdated?.Dispose();
                if (lateCommand is not null)
                {
                    await lateCommand.DisposeAsync();
                }
            }

            writer.Complete();
        }
        catch (Exception e)
        {
            writer.TryComplete(e);
            throw;
        }
    }

    /// <summary>
    /// Whether the books take a good part of the year's vouchers (the general ledger of every account, the cash book): then
    /// reading every voucher of the year in order is cheaper than first collecting the ids of the vouchers that touch them.
    /// The lines are counted account range by account range (each a walk of the account index), stopping once they reach
    /// half the vouchers: one count over all the ranges OR'd together made SQLite keep every line's row id in a set to
    /// count each once — 68 MB for a province's general ledger. A line under two overlapping ranges counts twice here,
    /// which only makes a sparse book read as a dense one; the lines read are the same either way.
    /// </summary>
    private static async Task<bool> MostOfTheYearAsync(DbConnection connection, IReadOnlyList<string> accounts, ReportPeriod period)
    {
        long vouchers;
        await using (var total = connection.CreateCommand())
        {
            total.CommandText = "SELECT COUNT(*) FROM vouchers WHERE year = @year";
            ReportSource.Add(total, "@year", period.Year);
            vouchers = Convert.ToInt64(await total.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM voucher_lines x WHERE x.account_code >= @lo0 AND x.account_code < @hi0";
        var lines = 0L;
        foreach (var account in accounts)
        {
            cmd.Parameters.Clear();
            AddRanges(cmd, [account]);
            lines += Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            if (lines * 2 >= vouchers)
            {
                return true;
            }
        }

        return false;
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

    /// <summary>One voucher of a book read: what its book lines are made of.</summary>
    private sealed record Voucher(DateOnly Date, string Number, string Description, ContraAccounts.Line[] Lines)
    {
        /// <summary>
        /// The voucher's lines on each book's account: the first book's into <paramref name="live"/>, the others' into
        /// their spools; each line with the other side of its entry (sub-accounts of the book's account left out).
        /// </summary>
        /// <param name="keepFirst">The first book's lines go to its spool too (it was created for them), to be replayed later.</param>
        public void AddEntries(IReadOnlyList<string> accounts, List<LedgerBookEntry> live, BookSpool?[] spools, bool keepFirst)
        {
            IReadOnlyList<IReadOnlyList<string>>? contras = null;
            for (var i = 0; i < Lines.Length; i++)
            {
                var l = Lines[i];
                for (var book = 0; book < accounts.Count; book++)
                {
                    var account = accounts[book];
                    if (!l.Account.StartsWith(account, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    contras ??= ContraAccounts.Of(Lines);
                    var entry = new LedgerBookEntry(Date, Number, Description, l.Account, ContraText(contras[i], account), l.Debit, l.Credit);
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
    }

    /// <summary>
    /// One voucher at a time of a statement ordered by voucher then line (the vouchers in <c>skip</c> passed over), read
    /// through SQLite's native statement (<see cref="SqliteStatement"/>), as the cash-flow pass is.
    /// </summary>
    private sealed class Cursor(SqliteStatement statement, HashSet<long>? skip, CancellationToken ct) : IDisposable
    {
        private readonly sqlite3_stmt _stmt = statement.Handle;
        private readonly List<ContraAccounts.Line> _lines = [];
        private bool _started;
        private bool _hasRow;
        private long _rows;

        // The voucher id of the row the statement is on, read once per row.
        private long _rowVoucher;
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

            _id = _rowVoucher;
            _date = Date(raw.sqlite3_column_blob(_stmt, 1));
            (_number, _description) = (Text(2), Text(3));
            _lines.Clear();
            do
            {
                _lines.Add(new ContraAccounts.Line(statement.Code(4), raw.sqlite3_column_int64(_stmt, 5), raw.sqlite3_column_int64(_stmt, 6), raw.sqlite3_column_int64(_stmt, 7) != 0));
                _hasRow = Advance();
            }
            while (_hasRow && _rowVoucher == _id);

            return true;
        }

        /// <summary>Posting order: date, then voucher id.</summary>
        public int CompareTo(Cursor other)
        {
            var byDate = _date.CompareTo(other._date);
            return byDate != 0 ? byDate : _id.CompareTo(other._id);
        }

        /// <summary>The voucher just read, with its lines, to be turned into book lines on another thread.</summary>
        public Voucher Take() => new(_date, _number, _description, _lines.ToArray());

        public void Dispose() => statement.Dispose();

        /// <summary>A stored date: SQLite keeps it as yyyy-MM-dd text.</summary>
        private static DateOnly Date(ReadOnlySpan<byte> text)
        {
            static int Digits(ReadOnlySpan<byte> t)
            {
                var n = 0;
                foreach (var b in t)
                {
                    var d = b - '0';
                    if ((uint)d > 9)
                    {
                        throw new FormatException($"A stored date is not yyyy-MM-dd: '{Encoding.UTF8.GetString(t)}'.");
                    }

                    n = (n * 10) + d;
                }

                return n;
            }

            return text.Length == 10 && text[4] == '-' && text[7] == '-'
                ? new DateOnly(Digits(text[..4]), Digits(text[5..7]), Digits(text[8..]))
                : throw new FormatException($"A stored date is not yyyy-MM-dd: '{Encoding.UTF8.GetString(text)}'.");
        }

        private string Text(int column) => Encoding.UTF8.GetString(raw.sqlite3_column_blob(_stmt, column));

        private bool Advance()
        {
            while (statement.Step())
            {
                if ((++_rows & 0xFFFF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                _rowVoucher = raw.sqlite3_column_int64(_stmt, 0);
                if (skip is null || !skip.Contains(_rowVoucher))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
