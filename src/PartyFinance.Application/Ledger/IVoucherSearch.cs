namespace PartyFinance.Application.Ledger;

/// <summary>`voucher search`: the vouchers matching <see cref="VoucherSearchCriteria"/>, oldest first (the edges read it through this seam).</summary>
public interface IVoucherSearch
{
    Task<IReadOnlyList<VoucherListItem>> FindAsync(VoucherSearchCriteria c, CancellationToken ct);
}
