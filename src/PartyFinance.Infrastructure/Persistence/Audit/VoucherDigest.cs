using System.Security.Cryptography;
using System.Text;

namespace PartyFinance.Infrastructure.Persistence.Audit;

/// <summary>
/// A posted voucher's digest: SHA-256 (lower-case hex) of the canonical JSON array
/// [number, client_key, unit_code, type_code, year, sequence, date, description, amount, fingerprint,
/// reverses_id, reversal_reason, posted_by, posted_at, batch_id, [[line_no, account_code, debit, credit,
/// is_off_balance, fund_source, budget_item, sector, program, counterparty], …]] with the lines in line
/// order. Computed by the posting session as it writes the voucher, and again by `audit verify` from
/// the stored rows. One instance is reused voucher after voucher (not thread-safe).
/// </summary>
internal sealed class VoucherDigest
{
    private readonly StringBuilder _sb = new(1024);
    private byte[] _bytes = new byte[4096];
    private int _lines;

    public void Header(string number, string clientKey, string unit, string type, int year, int sequence, DateOnly date, string description, long amount,
        string fingerprint, long? reversesId, string? reversalReason, string postedBy, DateTimeOffset postedAt, long? batchId)
    {
        _sb.Clear();
        _lines = 0;
        _sb.Append('[');
        object?[] fields = [number, clientKey, unit, type, year, sequence, date, description, amount, fingerprint, reversesId, reversalReason, postedBy, postedAt, batchId];
        foreach (var f in fields)
        {
            CanonicalJson.Value(_sb, f);
            _sb.Append(',');
        }

        _sb.Append('[');
    }

    public void Line(int lineNo, string account, long debit, long credit, bool offBalance, string? fundSource, string? budgetItem, string? sector, string? program, string? counterparty)
    {
        if (_lines++ > 0)
        {
            _sb.Append(',');
        }

        _sb.Append('[');
        object?[] fields = [lineNo, account, debit, credit, offBalance, fundSource, budgetItem, sector, program, counterparty];
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _sb.Append(',');
            }

            CanonicalJson.Value(_sb, fields[i]);
        }

        _sb.Append(']');
    }

    public string Finish()
    {
        _sb.Append("]]");
        var text = _sb.ToString();
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_bytes.Length < max)
        {
            _bytes = new byte[max];
        }

        var n = Encoding.UTF8.GetBytes(text, _bytes);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(_bytes.AsSpan(0, n), hash);
        return Convert.ToHexStringLower(hash);
    }
}
