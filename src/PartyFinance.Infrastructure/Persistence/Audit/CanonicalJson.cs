using System.Globalization;
using System.Text;

namespace PartyFinance.Infrastructure.Persistence.Audit;

/// <summary>
/// The canonical text the audit trail hashes (documented in the README, "Audit trail"): JSON with no
/// white space; strings escape only <c>"</c>, <c>\</c> and the characters below U+0020 (as \u00XX), every
/// other character is its UTF-8; integers in decimal; true/false; null; a date <c>yyyy-MM-dd</c>; an instant
/// in UTC to the microsecond <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>; objects with their names in ordinal order.
/// </summary>
internal static class CanonicalJson
{
    private static readonly System.Buffers.SearchValues<char> Escaped = System.Buffers.SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");

    public static void String(StringBuilder sb, string? s)
    {
        if (s is null)
        {
            sb.Append("null");
            return;
        }

        if (s.AsSpan().IndexOfAny(Escaped) < 0)
        {
            // Most texts (codes, names, numbers of vouchers) need no escape: appended whole.
            sb.Append('"').Append(s).Append('"');
            return;
        }

        sb.Append('"');
        foreach (var ch in s)
        {
            switch (ch)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case < ' ':
                    sb.Append("\\u00").Append(((int)ch).ToString("x2", CultureInfo.InvariantCulture));
                    break;
                default:
                    sb.Append(ch);
                    break;
            }
        }

        sb.Append('"');
    }

    public static void Value(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case string s:
                String(sb, s);
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case long l:
                sb.Append(CultureInfo.InvariantCulture, $"{l}");
                break;
            case int i:
                sb.Append(CultureInfo.InvariantCulture, $"{i}");
                break;
            case short or byte or sbyte or ushort or uint or ulong or decimal:
                sb.Append(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                break;
            case DateOnly d:
                String(sb, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset t:
                String(sb, Instant(t));
                break;
            case DateTime t:
                String(sb, Instant(new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc))));
                break;
            case byte[] bytes:
                String(sb, Convert.ToHexStringLower(bytes));
                break;
            case Guid g:
                String(sb, g.ToString("D", CultureInfo.InvariantCulture));
                break;
            case IFormattable f:
                String(sb, f.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                String(sb, value.ToString());
                break;
        }
    }

    /// <summary>An instant as the trail writes it: UTC, microseconds (PostgreSQL's precision), <c>Z</c>.</summary>
    public static string Instant(DateTimeOffset t) =>
        Microseconds(t).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The instant cut to whole microseconds, in UTC, so it reads back the same from either database.</summary>
    public static DateTimeOffset Microseconds(DateTimeOffset t) => new(t.UtcTicks - (t.UtcTicks % 10), TimeSpan.Zero);

    /// <summary>An object of named values, names in ordinal order.</summary>
    public static string Object(IEnumerable<KeyValuePair<string, object?>> members)
    {
        var sb = new StringBuilder();
        sb.Append('{');
        var first = true;
        foreach (var (name, value) in members.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                sb.Append(',');
            }

            first = false;
            String(sb, name);
            sb.Append(':');
            Value(sb, value);
        }

        return sb.Append('}').ToString();
    }
}
