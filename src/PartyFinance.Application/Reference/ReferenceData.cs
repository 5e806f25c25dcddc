using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Application.Reference;

/// <summary>Everything the posting rules look up, as loaded from the database in one go.</summary>
public sealed record ReferenceData(
    IReadOnlyList<Account> Accounts,
    IReadOnlyList<BudgetCode> BudgetCodes,
    IReadOnlyList<DatedCode> FundSources,
    IReadOnlyList<DatedCode> VoucherTypes,
    IReadOnlyList<OrganisationUnit> Units,
    IReadOnlyCollection<(string Unit, int Year, int Month)> LockedPeriods);
