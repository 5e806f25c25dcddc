using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PartyFinance.Infrastructure.Persistence.Audit;

/// <summary>
/// The audit trail for writes the change tracker never sees: a set-based update or delete
/// (<c>ExecuteUpdate</c>/<c>ExecuteDelete</c>) records each row it touched, before and after, and a
/// bulk row writer records each row it inserts; the rows are written to the trail with the context's next save.
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

    /// <summary>A row writer that also records each inserted row (table, key, the row as canonical JSON) in the trail.</summary>
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

    private sealed class AuditedRowWriter(IRowWriter inner, PartyFinanceDbContext db, string table, string[] columns) : IRowWriter
    {
        private readonly IEntityType _type = db.Model.GetEntityTypes().First(t => t.GetTableName() == table);

        public ValueTask AddAsync(CancellationToken ct, params object?[] row)
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Length; i++)
            {
                values[columns[i]] = row[i];
            }

            var after = CanonicalJson.Object(_type.GetProperties().Select(p => new KeyValuePair<string, object?>(p.GetColumnName(), values.GetValueOrDefault(p.GetColumnName()))));
            db.RecordAudit(AuditCapture.Describe(_type, "create", null, after, p => values.GetValueOrDefault(p.GetColumnName())));
            return inner.AddAsync(ct, row);
        }

        public Task FlushAsync(CancellationToken ct) => inner.FlushAsync(ct);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
