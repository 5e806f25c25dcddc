using PartyFinance.Application.Ledger;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Application.Tests.Authority;

/// <summary>The units the authority tests know (BTC, a party agency, and VPTU) behind the read seam of the books.</summary>
internal sealed class FakeUnits : ILedgerQueries
{
    private static readonly OrganisationUnit[] Units =
    [
        new("VPTU", "Văn phòng Tỉnh ủy", UnitKind.ProvincialOffice, null, "509", new DateOnly(2018, 1, 1), null, null),
        new("BTC", "Ban Tổ chức Tỉnh ủy", UnitKind.PartyAgency, "VPTU", "509", new DateOnly(2018, 1, 1), null, null),
    ];

    public static UnitDirectory Directory => new(new FakeUnits());

    public Task<IReadOnlyList<OrganisationUnit>> ListUnitsAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<OrganisationUnit>>(Units);

    public Task<bool> UnitExistsAsync(string unit, CancellationToken ct) => Task.FromResult(Units.Any(u => u.Code == unit));

    public Task<IReadOnlyList<VoucherListItem>> ListVouchersAsync(string? unit, int? year, CancellationToken ct) => throw new NotSupportedException();

    public Task<IReadOnlyList<AccountMovement>> MovementsAsync(int year, string? unit, CancellationToken ct) => throw new NotSupportedException();

    public Task<GeneralLedger> GeneralLedgerAsync(string account, int year, string? unit, CancellationToken ct) => throw new NotSupportedException();

    public Task<VoucherView?> FindVoucherAsync(string number, CancellationToken ct) => throw new NotSupportedException();

    public Task<bool> AccountExistsAsync(string account, CancellationToken ct) => throw new NotSupportedException();
}
