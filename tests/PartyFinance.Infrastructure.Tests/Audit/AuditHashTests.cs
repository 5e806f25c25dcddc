using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PartyFinance.Infrastructure.Persistence.Audit;
using PartyFinance.Infrastructure.Persistence.Records;

namespace PartyFinance.Infrastructure.Tests.Audit;

/// <summary>
/// A row's hash is SHA-256 of the documented canonical array in UTF-8 (README, "Audit trail"), however long its texts: the
/// hash built chunk by chunk equals the one of the whole text written out by the rules, for texts with quotes, backslashes,
/// control characters, Vietnamese letters and surrogate pairs at every offset around the builder's chunk edges.
/// </summary>
public class AuditHashTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(7_999)]
    [InlineData(16_003)]
    [InlineData(250_000)]
    public void TheHashOfARow_IsSha256OfItsCanonicalText_WrittenOutByTheRules(int length)
    {
        var random = new Random(length);
        var pieces = new[] { "\"", "\\", "\u0001", "\n", "a", "ư", "Đ", "1.234.567 đ", "😀", "[\"VPTU\",2026,\"A000001\"]" };
        var after = new StringBuilder();
        while (after.Length < length)
        {
            after.Append(pieces[random.Next(pieces.Length)]);
        }

        var record = new AuditEventRecord
        {
            Id = 42,
            ChainUnit = "VPTU",
            ChainYear = 2026,
            Seq = 7,
            At = new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.FromHours(7)).AddTicks(1234567),
            Actor = "ketoán",
            Command = null,
            Kind = "create",
            TableName = "asset_wear",
            EntityKey = "A000001/2026 … A000999/2026 (930 dòng)",
            BeforeJson = length > 10 ? "{\"x\":\"😀\"}" : null,
            AfterJson = after.ToString(),
            Reason = "Hao mòn \"năm\" 2026",
            PrevHash = AuditHash.Genesis,
        };

        Assert.Equal(Expected(record), AuditHash.Of(record));
    }

    private static string Expected(AuditEventRecord r)
    {
        var at = new DateTimeOffset(r.At.UtcTicks - (r.At.UtcTicks % 10), TimeSpan.Zero).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
        string N(long n) => n.ToString(CultureInfo.InvariantCulture);
        var text = "[" + string.Join(",", N(r.Id), Text(r.ChainUnit), N(r.ChainYear), N(r.Seq), Text(at), Text(r.Actor), Text(r.Command), Text(r.Kind),
            Text(r.TableName), Text(r.EntityKey), Text(r.BeforeJson), Text(r.AfterJson), Text(r.Reason), Text(r.PrevHash)) + "]";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The rule: escape only <c>"</c>, <c>\</c> and the characters below U+0020 (as \u00XX); null is null.</summary>
    private static string Text(string? s)
    {
        if (s is null)
        {
            return "null";
        }

        var sb = new StringBuilder("\"");
        foreach (var ch in s)
        {
            sb.Append(ch switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' => "\\u00" + ((int)ch).ToString("x2", CultureInfo.InvariantCulture),
                _ => ch.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }
}
