using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// Seam to the ledger: posts a draft through Voucher.Post (VoucherRules) and returns the voucher
/// number, or the ledger's refusals. Called inside a locked unit of work, it must join that
/// transaction, so a refused payment leaves neither a voucher nor a spent commitment. Posting the
/// same key twice with the same content returns the first number (idempotent retry).
/// </summary>
public interface IVoucherPoster
{
    Task<Result<string>> PostAsync(VoucherDraft draft, string postedBy, CancellationToken ct);

    /// <summary>Posts the reversal of voucher <paramref name="number"/> (Voucher.Reverse) in the same transaction; returns the reversal's number.</summary>
    Task<Result<string>> ReverseAsync(string number, DateOnly date, string reason, string postedBy, CancellationToken ct);
}
