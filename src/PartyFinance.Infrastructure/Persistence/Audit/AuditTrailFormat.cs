using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PartyFinance.Infrastructure.Persistence.Audit;

/// <summary>
/// The shapes of the trail's special rows. A "post" row (table vouchers) covers up to
/// <see cref="VouchersPerEvent"/> vouchers of one unit and year posted in one batch:
/// after = {"batch":B,"vouchers":[["number","digest"],…]}. A "seal" row has the same shape and covers
/// vouchers posted before the trail existed (written once by the upgrade to schema 13). A "schema" row
/// (table schema) records the database's trigger fingerprint when the application changed the schema:
/// after = {"fingerprint":{item: descriptor, …},"migrations":[…]}.
/// </summary>
internal static class AuditTrailFormat
{
    public const int VouchersPerEvent = 1000;
    public const string PostKind = "post";
    public const string SealKind = "seal";
    public const string SchemaKind = "schema";
    public const string SchemaTable = "schema";

    public static string Covered(long batch, IEnumerable<(string Number, string Digest)> vouchers)
    {
        var sb = new StringBuilder(64 + (VouchersPerEvent * 96));
        sb.Append("{\"batch\":").Append(batch.ToString(CultureInfo.InvariantCulture)).Append(",\"vouchers\":[");
        var first = true;
        foreach (var (number, digest) in vouchers)
        {
            sb.Append(first ? "[" : ",[");
            first = false;
            CanonicalJson.String(sb, number);
            sb.Append(',');
            CanonicalJson.String(sb, digest);
            sb.Append(']');
        }

        return sb.Append("]}").ToString();
    }

    /// <summary>The (number, digest) pairs a post or seal row covers; empty when the text is not that shape (a tampered row fails its hash anyway).</summary>
    public static IEnumerable<(string Number, string Digest)> ReadCovered(string? after)
    {
        if (after is null)
        {
            return [];
        }

        var list = new List<(string, string)>();
        try
        {
            using var doc = JsonDocument.Parse(after);
            if (doc.RootElement.TryGetProperty("vouchers", out var vouchers) && vouchers.ValueKind == JsonValueKind.Array)
            {
                foreach (var pair in vouchers.EnumerateArray())
                {
                    if (pair.ValueKind == JsonValueKind.Array && pair.GetArrayLength() == 2)
                    {
                        list.Add((pair[0].GetString() ?? string.Empty, pair[1].GetString() ?? string.Empty));
                    }
                }
            }
        }
        catch (JsonException)
        {
            return [];
        }

        return list;
    }

    public static string Schema(IReadOnlyDictionary<string, string> fingerprint, IEnumerable<string> migrations)
    {
        var sb = new StringBuilder();
        sb.Append("{\"fingerprint\":");
        sb.Append(CanonicalJson.Object(fingerprint.Select(f => new KeyValuePair<string, object?>(f.Key, f.Value))));
        sb.Append(",\"migrations\":[");
        var first = true;
        foreach (var m in migrations)
        {
            if (!first)
            {
                sb.Append(',');
            }

            first = false;
            CanonicalJson.String(sb, m);
        }

        return sb.Append("]}").ToString();
    }

    /// <summary>The parts of a fingerprint descriptor that name an object's identity rather than what it does (PostgreSQL oid, SQLite rowid, SQL Server object id and modify date).</summary>
    private static readonly string[] IdentityParts = ["oid=", "rowid=", "id=", "altered="];

    /// <summary>A descriptor without its identity parts: what must stay equal for a re-seal to be allowed.</summary>
    public static string Definition(string descriptor) =>
        string.Join(';', descriptor.Split(';').Where(part => !Array.Exists(IdentityParts, p => part.StartsWith(p, StringComparison.Ordinal))));

    public static IReadOnlyDictionary<string, string> ReadFingerprint(string? after)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (after is null)
        {
            return map;
        }

        try
        {
            using var doc = JsonDocument.Parse(after);
            if (doc.RootElement.TryGetProperty("fingerprint", out var f) && f.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in f.EnumerateObject())
                {
                    map[p.Name] = p.Value.GetString() ?? string.Empty;
                }
            }
        }
        catch (JsonException)
        {
            return map;
        }

        return map;
    }
}
