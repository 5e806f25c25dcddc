using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PartyFinance.Infrastructure.Persistence.Audit;

/// <summary>
/// Turns what a context is about to save into audit events: every added, changed or deleted row of
/// every table of the model, except the trail itself and figures derived from other rows (balances,
/// counters, number sequences), which `audit verify` need not trust. The row before is read from the
/// database (stores attach detached records), the row after is the values being saved, both as
/// canonical JSON objects of column → stored value. Sign-in bookkeeping (failed attempts, lockouts)
/// is not a change of the books and is not recorded; a password is recorded as changed, never its hash.
/// </summary>
internal static class AuditCapture
{
    private static readonly HashSet<string> Derived = new(StringComparer.Ordinal)
    {
        "audit_events", "audit_log", "counters", "budget_counters", "account_balances", "estimate_balances", "voucher_sequences",
        "vouchers", "voucher_lines",
    };

    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal) { "password_hash" };

    public static bool IsAudited(EntityEntry e) =>
        e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Metadata.GetTableName() is { } t && !Derived.Contains(t);

    public static async Task<PendingAuditEvent?> DescribeAsync(EntityEntry e, CancellationToken ct)
    {
        var type = e.Metadata;
        var table = type.GetTableName()!;
        var kind = e.State switch
        {
            EntityState.Added => "create",
            EntityState.Modified => "update",
            _ => "delete",
        };
        var stored = e.State == EntityState.Added ? null : await e.GetDatabaseValuesAsync(ct);
        var before = stored is null ? null : Row(type, p => stored[p]);
        var after = e.State == EntityState.Deleted ? null : Row(type, p => e.CurrentValues[p]);
        if (kind == "update" && before == after)
        {
            return null;
        }

        return Describe(type, kind, before, after, p => e.CurrentValues[p]);
    }

    /// <summary>The event for a row: its table, key (primary key values joined by '/'), and chain (its unit_code and year columns, when it has them).</summary>
    public static PendingAuditEvent Describe(IEntityType type, string kind, string? before, string? after, Func<IProperty, object?> value)
    {
        var key = string.Join('/', type.FindPrimaryKey()!.Properties.Select(p => Text(Stored(p, value(p)))));
        var unit = type.FindProperty("UnitCode") is { } u && value(u) is string code ? code : string.Empty;
        int? year = type.FindProperty("Year") is { } y && value(y) is int yr ? yr : null;
        return new PendingAuditEvent(kind, type.GetTableName()!, key, before, after, unit, year);
    }

    /// <summary>A row as the audit trail records it: column name → the value the database holds.</summary>
    public static string Row(IEntityType type, Func<IProperty, object?> value) =>
        CanonicalJson.Object(type.GetProperties().Select(p => new KeyValuePair<string, object?>(p.GetColumnName(),
            Secret.Contains(p.GetColumnName()) ? "(ẩn)" : Stored(p, value(p)))));

    private static object? Stored(IProperty p, object? value) =>
        value is null ? null : p.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value;

    private static string Text(object? value)
    {
        var sb = new System.Text.StringBuilder();
        CanonicalJson.Value(sb, value);
        var s = sb.ToString();
        return s.Length >= 2 && s[0] == '"' ? s[1..^1] : s;
    }
}
