using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Assets;

/// <summary>
/// Reads cards with their history straight from the data reader — three ordered queries merged by
/// asset code — for the wear run and the register's lists: a hundred thousand cards load in a
/// fraction of what change-tracked entities cost, and repeated codes (units, classes, kinds) are
/// kept once.
/// </summary>
internal static class AssetReader
{
    /// <summary>
    /// Every card, or with <paramref name="units"/> the cards they hold or handed on (a transfer's history names the sender).
    /// With <paramref name="wearOnly"/> only what the wear of a year is computed from is read: the history entries come
    /// without their vouchers, reason, action, author and time, the cards without location and custodian — about half
    /// the text a card's rows hold, none of which the wear run reads. Such cards must not be shown or saved as cards.
    /// With <paramref name="each"/> every card is handed to it as it is built and none is kept (the list comes back empty):
    /// the history rows of a card are let go as soon as its card is built.
    /// </summary>
    public static async Task<IReadOnlyList<FixedAsset>> LoadAsync(PartyFinanceDbContext db, IReadOnlyList<string>? units, DateOnly? inServiceBy, CancellationToken ct,
        bool wearOnly = false, Action<FixedAsset>? each = null)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        return await LoadAsync(connection, db.Database.CurrentTransaction?.GetDbTransaction(), units, inServiceBy, ct, wearOnly, each);
    }

    /// <summary>
    /// The same over an open connection of its own (and its transaction, if any): a read of a whole register through a
    /// plain connection does not fill the page cache that the connections of the database contexts keep (64 MB each).
    /// </summary>
    public static async Task<IReadOnlyList<FixedAsset>> LoadAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<string>? units, DateOnly? inServiceBy,
        CancellationToken ct, bool wearOnly = false, Action<FixedAsset>? each = null)
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

        var events = new Dictionary<string, List<AssetEvent>>(StringComparer.Ordinal);
        await using (var r = await QueryAsync(connection, transaction, EventsSql(units?.Count, wearOnly), units, ct))
        {
            while (await r.ReadAsync(ct))
            {
                var code = Pooled(r, 0);
                var e = new AssetEvent(r.GetInt32(1), Kind(Pooled(r, 2)), Date(r, 3), r.IsDBNull(4) ? null : r.GetInt32(4), Pooled(r, 5),
                    PooledOrNull(r, 6), new AssetFunding(r.GetInt64(7), r.GetInt64(8), r.GetInt64(9)), r.GetInt64(10), r.IsDBNull(11) ? null : r.GetInt64(11),
                    r.IsDBNull(12) ? null : r.GetInt32(12), wearOnly ? null : PooledOrNull(r, 13), wearOnly ? null : PooledOrNull(r, 14),
                    wearOnly || r.IsDBNull(15) ? null : r.GetInt64(15), wearOnly ? string.Empty : Pooled(r, 16), wearOnly ? default : Stamp(r, 17));
                (events.TryGetValue(code, out var list) ? list : events[code] = new List<AssetEvent>(1)).Add(e);
            }
        }

        // In history order (the rows come unit by unit, not sorted: most cards have one event).
        foreach (var list in events.Values)
        {
            if (list.Count > 1)
            {
                list.Sort((x, y) => x.Seq.CompareTo(y.Seq));
            }
        }

        var wear = new Dictionary<string, List<AssetWearEntry>>(StringComparer.Ordinal);
        await using (var r = await QueryAsync(connection, transaction, WearSql(units?.Count), units, ct))
        {
            while (await r.ReadAsync(ct))
            {
                var code = Pooled(r, 0);
                (wear.TryGetValue(code, out var list) ? list : wear[code] = []).Add(new AssetWearEntry(r.GetInt32(1), Pooled(r, 2), r.GetInt64(3), Pooled(r, 4)));
            }
        }

        var depreciation = new Dictionary<string, List<AssetDepreciationEntry>>(StringComparer.Ordinal);
        await using (var r = await QueryAsync(connection, transaction, DepreciationSql(units?.Count), units, ct))
        {
            while (await r.ReadAsync(ct))
            {
                var code = Pooled(r, 0);
                (depreciation.TryGetValue(code, out var list) ? list : depreciation[code] = [])
                    .Add(new AssetDepreciationEntry(r.GetInt32(1), r.GetInt32(2), Pooled(r, 3), r.GetInt64(4), Pooled(r, 5)));
            }
        }

        var cards = new List<FixedAsset>(each is null ? events.Count : 0);
        await using (var r = await QueryAsync(connection, transaction, CardsSql(units?.Count, wearOnly), units, ct))
        {
            while (await r.ReadAsync(ct))
            {
                var inService = Date(r, 3);
                if (inServiceBy is { } by && inService > by)
                {
                    continue;
                }

                var code = r.GetString(0); // the card's key
                var register = r.IsDBNull(12) ? code : r.GetString(12); // the code people see: NULL when it is the key (all but a card that took a reversed card's code)
                var autonomy = Pooled(r, 7);
                List<AssetEvent>? history;
                List<AssetWearEntry>? worn;
                List<AssetDepreciationEntry>? depreciated;
                if (each is null)
                {
                    (history, worn, depreciated) = (events.GetValueOrDefault(code), wear.GetValueOrDefault(code), depreciation.GetValueOrDefault(code));
                }
                else
                {
                    events.Remove(code, out history);
                    wear.Remove(code, out worn);
                    depreciation.Remove(code, out depreciated);
                }

                var card = FixedAsset.Restore(register, r.GetString(1), Pooled(r, 2), inService, Origin(Pooled(r, 4)), PooledOrNull(r, 5), PooledOrNull(r, 6),
                    AutonomyCodes.TryParse(autonomy, out var a) ? a : throw new InvalidOperationException($"Asset {code} has autonomy '{autonomy}'."),
                    Pooled(r, 8), Pooled(r, 9), r.GetInt32(10), history ?? [], worn ?? [], r.GetBoolean(11), depreciated, code);
                if (each is null)
                {
                    cards.Add(card);
                }
                else
                {
                    each(card);
                }
            }
        }

        return cards;
    }

    private const string WearColumns = "asset_code, seq, kind, date, year, unit_code, from_unit, cost_state, cost_party, cost_other, wear_change, proceeds, life_years";

    /// <summary>The history entries of every card, or of the cards of the units @u0 … (<paramref name="units"/> of them); with <paramref name="wearOnly"/> without vouchers, reason, action, author and time.</summary>
    public static string EventsSql(int? units, bool wearOnly) =>
        Of(units, "asset_events", wearOnly ? WearColumns : WearColumns + ", vouchers, reason, action_id, \"by\", at");

    public static string WearSql(int? units) => Of(units, "asset_wear", "asset_code, year, unit_code, amount, voucher");

    public static string DepreciationSql(int? units) => Of(units, "asset_depreciation", "asset_code, year, month, unit_code, amount, voucher");

    /// <summary>The cards in code order; with <paramref name="wearOnly"/> without location and custodian.</summary>
    public static string CardsSql(int? units, bool wearOnly) =>
        "SELECT * FROM (" + Of(units, "assets", $"code, name, class_code, in_service, origin, {(wearOnly ? "NULL AS location, NULL AS custodian" : "location, custodian")}, autonomy, sector, budget_item, version, depreciated, NULLIF(register_code, code) AS register_code") +
        ") c ORDER BY code";

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
}
