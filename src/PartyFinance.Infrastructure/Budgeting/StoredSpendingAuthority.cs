using PartyFinance.Application.Budgeting;
using PartyFinance.Infrastructure.Authority;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Budgeting;

/// <summary>The spending authority over the stored rule sets and users, with unit kinds from the stored units.</summary>
public static class StoredSpendingAuthority
{
    public static SpendingAuthority For(DatabaseTarget target) => new(new AuthorityStore(target), async (code, ct) =>
        (await new LedgerQueries(target).ListUnitsAsync(ct)).FirstOrDefault(u => string.Equals(u.Code, code.Trim(), StringComparison.OrdinalIgnoreCase))?.Kind);
}
