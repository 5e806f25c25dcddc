using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PartyFinance.Domain.Ledger;

/// <summary>
/// A short content hash of a voucher draft (date, unit, type, description, lines in order). Posting
/// the same key again with the same fingerprint is a harmless retry; with another it is a conflict.
/// </summary>
public static class VoucherFingerprint
{
    public static string Of(VoucherDraft d)
    {
        var sb = new StringBuilder(128);
        sb.Append(d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('|').Append(d.UnitCode).Append('|')
          .Append(d.TypeCode).Append('|').Append(d.Description.Trim());
        foreach (var l in d.Lines)
        {
            sb.Append('\n').Append(l.AccountCode).Append('|').Append(l.Debit.ToString(CultureInfo.InvariantCulture)).Append('|')
              .Append(l.Credit.ToString(CultureInfo.InvariantCulture)).Append('|').Append(l.FundSource?.Trim()).Append('|')
              .Append(l.BudgetItem?.Trim()).Append('|').Append(l.Sector?.Trim()).Append('|').Append(l.Program?.Trim()).Append('|')
              .Append(l.Counterparty?.Trim());
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
