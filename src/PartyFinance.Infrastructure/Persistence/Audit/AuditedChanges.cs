using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PartyFinance.Infrastructure.Persistence.Audit;

/// <summary>
/// The audit trail for writes the change tracker never sees: a set-based update or delete
/// (<c>ExecuteUpdate</c>/<c>ExecuteDelete</c>) records each row it touched, before and after, and a
/// bulk row writer records the rows it inserts, one event per chain and flush; the events are written to
/// the trail with the context's next save.
/// </summary>
internal static class AuditedChanges
{
    /// <summary>Runs <paramref name="change"/> (an ExecuteUpdate or ExecuteDelete of <paramref name="rows"/>) and records every row it changed.</summary>
    public static async Task<int> AuditedAsync<T>(this PartyFinanceDbContext db, IQueryable<T> rows, Func<IQueryable<T>, Task<int>> change, CancellationToken ct)
        where T : class
    {
        var type = db.Model.FindEntityType(typeof(T))!;
        var before = await rows.AsNoTracking().ToListAsync(ct);
        var changed = await change(rows);
        if (changed == 0 || before.Count == 0)
        {
            return changed;
        }

        var key = type.FindPrimaryKey()!.Properties;
        foreach (var old in before)
        {
            var after = await db.Set<T>().AsNoTracking().Where(ByKey<T>(key, old)).FirstOrDefaultAsync(ct);
            var beforeJson = AuditCapture.Row(type, p => p.PropertyInfo?.GetValue(old));
            var afterJson = after is null ? null : AuditCapture.Row(type, p => p.PropertyInfo?.GetValue(after));
            if (beforeJson != afterJson)
            {
                db.RecordAudit(AuditCapture.Describe(type, after is null ? "delete" : "update", beforeJson, afterJson, p => p.PropertyInfo?.GetValue(old)));
            }
        }

        return changed;
    }

    /// <summary>A row writer that also records the rows it inserts (table, keys, each row as canonical JSON) in the trail, a batch per chain.</summary>
    public static IRowWriter Audited(this IRowWriter writer, PartyFinanceDbContext db, string table, string[] columns) =>
        new AuditedRowWriter(writer, db, table, columns);

    private static Expression<Func<T, bool>> ByKey<T>(IReadOnlyList<IProperty> key, T row)
    {
        var e = Expression.Parameter(typeof(T), "e");
        Expression? body = null;
        foreach (var p in key)
        {
            var equal = Expression.Equal(Expression.Property(e, p.PropertyInfo!), Expression.Constant(p.PropertyInfo!.GetValue(row), p.ClrType));
            body = body is null ? equal : Expression.AndAlso(body, equal);
        }

        return Expression.Lambda<Func<T, bool>>(body!, e);
    }

    /// <summary>
    /// Records the rows a bulk writer inserts: one event per chain (unit and year) and flush, its after-image
    /// <c>{"columns":[…],"rows":[[…],…]}</c> holding every row of the batch as written (canonical values, in
    /// the writer's column order) and keyed by its first and last row's primary key — a wear run's or an
    /// import's hundred thousand rows are a few hundred events, each row still in the trail.
    /// </summary>
    private sealed class AuditedRowWriter : IRowWriter
    {
        private readonly IRowWriter _inner;
        private readonly PartyFinanceDbContext _db;
        private readonly string _table;
        private readonly string _header;
        private readonly int[] _key;
        private readonly int _unit;
        private readonly int _year;
        private readonly Dictionary<(string Unit, int? Year), Batch> _batches = [];

        public AuditedRowWriter(IRowWriter inner, PartyFinanceDbContext db, string table, string[] columns)
        {
            (_inner, _db, _table) = (inner, db, table);
            var type = db.Model.GetEntityTypes().First(t => t.GetTableName() == table);
            _key = type.FindPrimaryKey()!.Properties.Select(p => Array.IndexOf(columns, p.GetColumnName())).ToArray();
            if (_key.Any(k => k < 0))
            {
                throw new InvalidOperationException($"The bulk writer of {table} must write its whole primary key to be audited.");
            }

            _unit = Array.IndexOf(columns, "unit_code");
            _year = Array.IndexOf(columns, "year");
            var sb = new System.Text.StringBuilder("{\"columns\":[");
            for (var i = 0; i < columns.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(',');
                }

                CanonicalJson.String(sb, columns[i]);
            }

            _header = sb.Append("],\"rows\":[").ToString();
        }

        public ValueTask AddAsync(CancellationToken ct, params object?[] row)
        {
            var chain = (_unit >= 0 && row[_unit] is string u ? u : string.Empty, _year >= 0 && row[_year] is int y ? y : (int?)null);
            if (!_batches.TryGetValue(chain, out var batch))
            {
                _batches[chain] = batch = new Batch(Key(row), _header);
            }

            batch.Add(row);
            return _inner.AddAsync(ct, row);
        }

        public async Task FlushAsync(CancellationToken ct)
        {
            await _inner.FlushAsync(ct);
            foreach (var ((unit, year), batch) in _batches)
            {
                var key = batch.Count == 1 ? batch.First : $"{batch.First} … {Key(batch.Last!)} ({batch.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} dòng)";
                _db.RecordAudit(new PendingAuditEvent("create", _table, key, null, batch.Json(), unit, year));
            }

            _batches.Clear();
        }

        public ValueTask DisposeAsync() => _inner.DisposeAsync();

        /// <summary>A row's primary key as the trail names it (only the first and last row of a batch are named).</summary>
        private string Key(object?[] row) => _key.Length == 1 ? Text(row[_key[0]]) : string.Join('/', _key.Select(k => Text(row[k])));

        private static string Text(object? value) => value switch
        {
            string s => s,
            null => string.Empty,
            DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        };

        private sealed class Batch(string first, string header)
        {
            private readonly System.Text.StringBuilder _rows = new(header);

            public string First { get; } = first;

            /// <summary>The last row added (each row is the writer's own params array, never reused).</summary>
            public object?[]? Last { get; private set; }

            public int Count { get; private set; }

            public void Add(object?[] row)
            {
                _rows.Append(Count > 0 ? ",[" : "[");
                for (var i = 0; i < row.Length; i++)
                {
                    if (i > 0)
                    {
                        _rows.Append(',');
                    }

                    CanonicalJson.Value(_rows, row[i]);
                }

                _rows.Append(']');
                Last = row;
                Count++;
            }

            public string Json() => _rows.Append("]}").ToString();
        }
    }
}
