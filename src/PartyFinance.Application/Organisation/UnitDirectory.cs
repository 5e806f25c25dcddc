using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Application.Organisation;

/// <summary>
/// The one unit-existence check: a code that names no unit is refused with
/// <see cref="LedgerErrors.UnitUnknown"/>, never treated as a unit with no activity.
/// </summary>
public sealed class UnitDirectory(ILedgerQueries queries)
{
    public Task<IReadOnlyList<OrganisationUnit>> ListAsync(CancellationToken ct) => queries.ListUnitsAsync(ct);

    /// <summary>Success when <paramref name="code"/> is null (no unit filter) or names a unit.</summary>
    public async Task<Result> RequireAsync(string? code, string field, CancellationToken ct) =>
        code is null || await queries.UnitExistsAsync(code.Trim(), ct) ? Result.Success() : Result.Failure(Unknown(code, field));

    /// <summary>The unit with this code (case-insensitive), or the refusal naming <paramref name="field"/>.</summary>
    public async Task<Result<OrganisationUnit>> FindAsync(string code, string field, CancellationToken ct)
    {
        var units = await queries.ListUnitsAsync(ct);
        return units.FirstOrDefault(u => string.Equals(u.Code, code.Trim(), StringComparison.OrdinalIgnoreCase)) is { } unit
            ? Result.Success(unit)
            : Unknown(code, field);
    }

    private static DomainError Unknown(string code, string field) =>
        new(LedgerErrors.UnitUnknown, $"Đơn vị '{code.Trim()}' không tồn tại (xem: partyfinance unit list).", field);
}
