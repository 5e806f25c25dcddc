using System.Security.Cryptography;
using System.Text;
using PartyFinance.Infrastructure.Persistence.Records;

namespace PartyFinance.Infrastructure.Persistence.Audit;

/// <summary>
/// The chain: each row's hash is SHA-256 (lower-case hex) of the canonical JSON array
/// [id, chain_unit, chain_year, seq, at, actor, command, kind, table_name, entity_key, before_json,
/// after_json, reason, prev_hash], where before_json and after_json are the stored texts as strings and
/// prev_hash is the previous row's hash in the same chain (64 zeros for the first).
/// </summary>
internal static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Of(AuditEventRecord r)
    {
        var sb = new StringBuilder(256 + (r.BeforeJson?.Length ?? 0) + (r.AfterJson?.Length ?? 0));
        sb.Append('[');
        object?[] fields = [r.Id, r.ChainUnit, r.ChainYear, r.Seq, r.At, r.Actor, r.Command, r.Kind, r.TableName, r.EntityKey, r.BeforeJson, r.AfterJson, r.Reason, r.PrevHash];
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            CanonicalJson.Value(sb, fields[i]);
        }

        sb.Append(']');
        return Sha256(sb.ToString());
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
