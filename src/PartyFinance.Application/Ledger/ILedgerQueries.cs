using PartyFinance.Domain.Organisation;

namespace PartyFinance.Application.Ledger;

/// <summary>Read side of the books. Sums come from balances kept at posting, never from re-reading every line.</summary>
public interface ILedgerQueries
{
    Task<IReadOnlyList<OrganisationUnit>> ListUnitsAsync(CancellationToken ct);

    Task<IReadOnlyList<VoucherListItem>> ListVouchersAsync(string? unit, int? year, CancellationToken ct);

    Task<VoucherView?> FindVoucherAsync(string number, CancellationToken ct);

    Task<IReadOnlyList<AccountMovement>> MovementsAsync(int year, string? unit, CancellationToken ct);

    Task<GeneralLedger> GeneralLedgerAsync(string account, int year, string? unit, CancellationToken ct);

    Task<bool> UnitExistsAsync(string unit, CancellationToken ct);

    Task<bool> AccountExistsAsync(string account, CancellationToken ct);
}
