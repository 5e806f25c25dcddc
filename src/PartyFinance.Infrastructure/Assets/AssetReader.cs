using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Assets;

/// <summary>
/// Reads cards with their history straight from the data reader — the history tables (events, wear,
/// depreciation) and the cards, joined by asset code — for the wear run, the register's lists and the
/// asset reports: a hundred thousand cards load in a fraction of what change-tracked entities cost, and
/// repeated codes (units, classes, kinds) are kept once. <see cref="LoadAsync"/> reads the histories
/// whole, then the cards; <see cref="EachAsync"/> reads them side by side in code order, a card at a time.
/// </summary>
internal static class AssetReader
{
    /// <summary>
    /// Every card, or with <paramref name="units"/> the cards they hold or handed on (a transfer's history names the sender).
    /// With <paramref name="wearOnly"/> only what the wear of a year is computed from is read: the history entries come
    /// without their vouchers, reason, action, author and time, the cards without location and custodian — about half
    /// the text a card's rows hold, none of which the wear run reads. Such cards must not be shown or saved as cards.
    /// </summary>
    public static async Task<IReadOnlyList<FixedAsset>> LoadAsync(PartyFinanceDbContext db, IReadOnlyList<string>? units, DateOnly? inServiceBy, CancellationToken ct,
        bool wearOnly = false)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        var cards = new List<FixedAsset>();
        await ReadAsync(connection, db.Database.CurrentTransaction?.GetDbTransaction(), null, units, inServiceBy, wearOnly, cards.Add, ct);
        return cards;
    }

    /// <summary>
    /// Every card (or the units' cards, as <see cref="LoadAsync"/>) handed to <paramref name="each"/> as it is read, none
    /// kept: each history table is read in code order beside the cards, each through a plain connection of its own
    /// (PostgreSQL and SQL Server run one command at a time on a connection; a plain connection also leaves the page cache
    /// of the database contexts' connections alone), and a card's rows are taken as its card is read, so no table's
    /// history is held whole. The cards are read last, so a card in any history read is among them (cards are never deleted).
    /// </summary>
    public static async Task EachAsync(DatabaseTarget target, IReadOnlyList<string>? units, Action<FixedAsset> each, CancellationToken ct)
    {
        await using var histories = await target.OpenConnectionAsync(ct);
        await using var wear = await target.OpenConnectionAsync(ct);
        await using var depreciation = await target.OpenConnectionAsync(ct);
        await using var cards = await target.OpenConnectionAsync(ct);
        await ReadAsync(cards, null, (histories, wear, depreciation), units, null, wearOnly: false, each, ct);
    }

    /// <param name="apart">The connections to read the events, the wear and the depreciation on beside the cards, in code order; null: read them first, whole, on <paramref name="connection"/>.</param>
    private static async Task ReadAsync(DbConnection connection, DbTransaction? transaction, (DbConnection Events, DbConnection Wear, DbConnection Depreciation)? apart,
        IReadOnlyList<string>? units, DateOnly? inServiceBy, bool wearOnly, Action<FixedAsset> each, CancellationToken ct)
    {
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        string Pooled(DbDataReader r, int i)
        {
            var s = r.GetString(i);
            if (!pool.TryGetValue(s, out var kept))
            {
                pool[s] = kept = s;
            }

            return kept;
        }

        string? PooledOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : Pooled(r, i);

        // The events of one import or run share their timestamp: each text is parsed once.
        var stamps = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        DateTimeOffset Stamp(DbDataReader r, int i)
        {
            if (r.GetFieldType(i) != typeof(string))
            {
                return Timestamp(r, i);
            }

            var text = r.GetString(i);
            if (!stamps.TryGetValue(text, out var t))
            {
                stamps[text] = t = Timestamp(text);
            }

            return t;
        }

        AssetEvent Event(DbDataReader r) =>
            new(r.GetInt32(1), Kind(Pooled(r, 2)), Date(r, 3), r.IsDBNull(4) ? null : r.GetInt32(4), Pooled(r, 5),
                PooledOrNull(r, 6), new AssetFunding(r.GetInt64(7), r.GetInt64(8), r.GetInt64(9)), r.GetInt64(10), r.IsDBNull(11) ? null : r.GetInt64(11),
                r.IsDBNull(12) ? null : r.GetInt32(12), wearOnly ? null : PooledOrNull(r, 13), wearOnly ? null : PooledOrNull(r, 14),
                wearOnly || r.IsDBNull(15) ? null : r.GetInt64(15), wearOnly ? string.Empty : Pooled(r, 16), wearOnly ? default : Stamp(r, 17));
        AssetWearEntry Wear(DbDataReader r) => new(r.GetInt32(1), Pooled(r, 2), r.GetInt64(3), Pooled(r, 4));
        AssetDepreciationEntry Depreciation(DbDataReader r) => new(r.GetInt32(1), r.GetInt32(2), Pooled(r, 3), r.GetInt64(4), Pooled(r, 5));

        // A card's row with its history; null when it came into service after inServiceBy. Its key is column 0.
        FixedAsset? Card(DbDataReader r, string code, List<AssetEvent>? history, List<AssetWearEntry>? wear, List<AssetDepreciationEntry>? depreciation)
        {
            var inService = Date(r, 3);
            if (inServiceBy is { } by && inService > by)
            {
                return null;
            }

            var register = r.IsDBNull(12) ? code : r.GetString(12); // the code people see: NULL when it is the key (all but a card that took a reversed card's code)
            var autonomy = Pooled(r, 7);
            return FixedAsset.Restore(register, r.GetString(1), Pooled(r, 2), inService, Origin(Pooled(r, 4)), PooledOrNull(r, 5), PooledOrNull(r, 6),
                AutonomyCodes.TryParse(autonomy, out var a) ? a : throw new InvalidOperationException($"Asset {code} has autonomy '{autonomy}'."),
                Pooled(r, 8), Pooled(r, 9), r.GetInt32(10), history ?? [], wear ?? [], r.GetBoolean(11), depreciation, code);
        }

        if (apart is { } other)
        {
            await using var events = new InCodeOrder<AssetEvent>(await QueryAsync(other.Events, null, EventsSql(units?.Count, wearOnly, ordered: true), units, ct), Event);
            await using var worn = new InCodeOrder<AssetWearEntry>(await QueryAsync(other.Wear, null, WearSql(units?.Count, ordered: true), units, ct), Wear);
            await using var depreciated = new InCodeOrder<AssetDepreciationEntry>(await QueryAsync(other.Depreciation, null, DepreciationSql(units?.Count, ordered: true), units, ct), Depreciation);
            await using (var r = await QueryAsync(connection, transaction, CardsSql(units?.Count, wearOnly), units, ct))
            {
                while (await r.ReadAsync(ct))
                {
                    var code = r.GetString(0);
                    var (history, wear, depreciation) = (await events.TakeAsync(code, ct), await worn.TakeAsync(code, ct), await depreciated.TakeAsync(code, ct));
                    if (Card(r, code, history, wear, depreciation) is { } card)
                    {
                        each(card);
                    }
                }
            }

            await events.EndAsync("asset_events", ct);
            await worn.EndAsync("asset_wear", ct);
            await depreciated.EndAsync("asset_depreciation", ct);
            return;
        }

        var eventsOf = new Dictionary<string, List<AssetEvent>>(StringComparer.Ordinal);
        await using (var r = await QueryAsync(connection, transaction, EventsSql(units?.Count, wearOnly), units, ct))
        {
            while (await r.ReadAsync(ct))
            {
                var code = Pooled(r, 0);
                (eventsOf.TryGetValue(code, out var list) ? list : eventsOf[code] = new List<AssetEvent>(1)).Add(Event(r));
            }
        }

        // In history order (the rows come unit by unit, not sorted: most cards have one event).
        foreach (var list in eventsOf.Values)
        {
            if (list.Count > 1)
            {
                list.Sort((x, y) => x.Seq.CompareTo(y.Seq));
            }
        }

        var wearOf = new Dictionary<string, List<AssetWearEntry>>(StringComparer.Ordinal);
        await using (var r = await QueryAsync(connection, transaction, WearSql(units?.Count), units, ct))
        {
            while (await r.ReadAsync(ct))
            {
                var code = Pooled(r, 0);
                (wearOf.TryGetValue(code, out var list) ? list : wearOf[code] = []).Add(Wear(r));
            }
        }

        var depreciationOf = new Dictionary<string, List<AssetDepreciationEntry>>(StringComparer.Ordinal);
        await using (var r = await QueryAsync(connection, transaction, DepreciationSql(units?.Count), units, ct))
        {
            while (await r.ReadAsync(ct))
            {
                var code = Pooled(r, 0);
                (depreciationOf.TryGetValue(code, out var list) ? list : depreciationOf[code] = []).Add(Depreciation(r));
            }
        }

        await using (var r = await QueryAsync(connection, transaction, CardsSql(units?.Count, wearOnly), units, ct))
        {
            while (await r.ReadAsync(ct))
            {
                var code = r.GetString(0);
                if (Card(r, code, eventsOf.GetValueOrDefault(code), wearOf.GetValueOrDefault(code), depreciationOf.GetValueOrDefault(code)) is { } card)
                {
                    each(card);
                }
            }
        }
    }

    private const string WearColumns = "asset_code, seq, kind, date, year, unit_code, from_unit, cost_state, cost_party, cost_other, wear_change, proceeds, life_years";

    /// <summary>The history entries of every card, or of the cards of the units @u0 … (<paramref name="units"/> of them); with <paramref name="wearOnly"/> without vouchers, reason, action, author and time.</summary>
    /// <remarks>With <paramref name="ordered"/> in code and history order (a card read beside its cards, <see cref="InCodeOrder{T}"/>).</remarks>
    public static string EventsSql(int? units, bool wearOnly, bool ordered = false) =>
        Ordered(Of(units, "asset_events", wearOnly ? WearColumns : WearColumns + ", vouchers, reason, action_id, \"by\", at"), ordered, "asset_code, seq");

    public static string WearSql(int? units, bool ordered = false) => Ordered(Of(units, "asset_wear", "asset_code, year, unit_code, amount, voucher"), ordered, "asset_code, year");

    public static string DepreciationSql(int? units, bool ordered = false) =>
        Ordered(Of(units, "asset_depreciation", "asset_code, year, month, unit_code, amount, voucher"), ordered, "asset_code, year, month");

    /// <summary>The cards in code order; with <paramref name="wearOnly"/> without location and custodian.</summary>
    public static string CardsSql(int? units, bool wearOnly) =>
        "SELECT * FROM (" + Of(units, "assets", $"code, name, class_code, in_service, origin, {(wearOnly ? "NULL AS location, NULL AS custodian" : "location, custodian")}, autonomy, sector, budget_item, version, depreciated, NULLIF(register_code, code) AS register_code") +
        ") c ORDER BY code";

    private static string Ordered(string sql, bool ordered, string by) => ordered ? $"SELECT * FROM ({sql}) h ORDER BY {by}" : sql;

    /// <summary>
    /// The units' rows of a table: those of the cards they hold (index on unit_code, joined to each table by code) and
    /// those of the cards they handed on to a unit outside the list (index on from_unit; few). No list of the held codes
    /// is built: each query walks the unit index once, so a group of units costs what its rows cost. Null: every row.
    /// </summary>
    private static string Of(int? units, string table, string columns)
    {
        if (units is not { } count)
        {
            return $"SELECT {columns} FROM {table}";
        }

        var parameters = string.Join(", ", Enumerable.Range(0, count).Select(i => "@u" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var handedOn = $"(SELECT e.asset_code FROM asset_events e JOIN assets h ON h.code = e.asset_code WHERE e.from_unit IN ({parameters}) AND h.unit_code NOT IN ({parameters}))";
        return table == "assets"
            ? $"SELECT {columns} FROM assets WHERE unit_code IN ({parameters}) UNION ALL SELECT {columns} FROM assets WHERE code IN {handedOn}"
            : $"SELECT {string.Join(", ", columns.Split(", ").Select(c => "t." + c))} FROM assets a JOIN {table} t ON t.asset_code = a.code WHERE a.unit_code IN ({parameters}) " +
              $"UNION ALL SELECT {columns} FROM {table} WHERE asset_code IN {handedOn}";
    }

    private static async Task<DbDataReader> QueryAsync(DbConnection connection, DbTransaction? transaction, string sql, IReadOnlyList<string>? units, CancellationToken ct)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        for (var i = 0; i < (units?.Count ?? 0); i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = "@u" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            p.Value = units![i];
            command.Parameters.Add(p);
        }

        return await command.ExecuteReaderAsync(System.Data.CommandBehavior.Default, ct);
    }

    /// <summary>A date column: SQLite hands back its ISO text (yyyy-MM-dd), read here digit by digit; other providers a date.</summary>
    private static DateOnly Date(DbDataReader r, int i)
    {
        if (r.GetFieldType(i) != typeof(string))
        {
            return r.GetFieldValue<DateOnly>(i);
        }

        var s = r.GetString(i);
        return s.Length == 10 && s[4] == '-' && s[7] == '-'
            ? new DateOnly(Digits(s, 0, 4), Digits(s, 5, 2), Digits(s, 8, 2))
            : DateOnly.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A timestamp column: SQLite's text in the layout EF Core and our bulk writer use, parsed exactly (any other ISO text generally); other providers a timestamp.</summary>
    private static DateTimeOffset Timestamp(DbDataReader r, int i)
    {
        if (r.GetFieldType(i) != typeof(string))
        {
            return r.GetFieldValue<DateTimeOffset>(i);
        }

        return Timestamp(r.GetString(i));
    }

    private static DateTimeOffset Timestamp(string s)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return DateTimeOffset.TryParseExact(s, "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", invariant, System.Globalization.DateTimeStyles.None, out var t)
            ? t
            : DateTimeOffset.Parse(s, invariant);
    }

    private static int Digits(string s, int start, int length)
    {
        var n = 0;
        for (var k = start; k < start + length; k++)
        {
            var d = s[k] - '0';
            if ((uint)d > 9)
            {
                throw new FormatException($"Stored date '{s}' is not yyyy-MM-dd.");
            }

            n = (n * 10) + d;
        }

        return n;
    }

    private static AssetEventKind Kind(string code) =>
        AssetCodes.TryParse(code, out AssetEventKind kind) ? kind : throw new InvalidOperationException($"Stored asset event kind '{code}' is unknown.");

    private static AssetOrigin Origin(string code) =>
        AssetCodes.TryParse(code, out AssetOrigin origin) ? origin : throw new InvalidOperationException($"Stored asset origin '{code}' is unknown.");

    /// <summary>
    /// A history table read in code order beside the cards (read in the same order): each card's rows are the rows next in
    /// line that carry its code. Every row belongs to a card (a foreign key), so a row left over at the end means the two
    /// orders disagreed, and the read fails rather than give cards without their history.
    /// </summary>
    private sealed class InCodeOrder<T>(DbDataReader reader, Func<DbDataReader, T> read) : IAsyncDisposable
    {
        private bool _started;
        private bool _hasRow;

        public async Task<List<T>?> TakeAsync(string code, CancellationToken ct)
        {
            if (!_started)
            {
                (_started, _hasRow) = (true, await reader.ReadAsync(ct));
            }

            List<T>? rows = null;
            while (_hasRow && string.Equals(reader.GetString(0), code, StringComparison.Ordinal))
            {
                (rows ??= new List<T>(1)).Add(read(reader));
                _hasRow = await reader.ReadAsync(ct);
            }

            return rows;
        }

        /// <summary>After the last card: every row was taken.</summary>
        public async Task EndAsync(string table, CancellationToken ct)
        {
            if (!_started)
            {
                (_started, _hasRow) = (true, await reader.ReadAsync(ct));
            }

            if (_hasRow)
            {
                throw new InvalidOperationException($"{table}: the row of asset {reader.GetString(0)} was not read with its card (the cards and their history were not read in the same order).");
            }
        }

        public ValueTask DisposeAsync() => reader.DisposeAsync();
    }
}
