using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Reference;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Organisation;
using PartyFinance.Infrastructure.Persistence.Records;

namespace PartyFinance.Infrastructure.Persistence;

/// <summary>Reads all reference data and locked periods into the shape the posting rules use.</summary>
internal static class ReferenceReader
{
    public static async Task<ReferenceData> LoadAsync(PartyFinanceDbContext db, CancellationToken ct)
    {
        var accounts = (await db.Accounts.ToListAsync(ct)).ConvertAll(a => new Account(a.Code, a.Name, a.ParentCode, a.IsOffBalance,
            Dimensions.Parse(a.RequiredDimensions, out _), a.ValidFrom, a.ValidTo, a.Source, a.Verified));
        var budget = (await db.BudgetCodes.ToListAsync(ct)).ConvertAll(b => new BudgetCode(b.Kind, b.Code, b.Name, b.ParentCode, b.ValidFrom, b.ValidTo));
        var funds = (await db.FundSources.ToListAsync(ct)).ConvertAll(f => new DatedCode(f.Code, f.Name, f.ValidFrom, f.ValidTo, f.Funding));
        var types = (await db.VoucherTypes.ToListAsync(ct)).ConvertAll(t => new DatedCode(t.Code, t.Name, t.ValidFrom, t.ValidTo));
        var units = (await db.Units.ToListAsync(ct)).ConvertAll(ToDomain);
        var locked = await db.Periods.Where(p => p.IsLocked).Select(p => new { p.UnitCode, p.Year, p.Month }).ToListAsync(ct);
        return new ReferenceData(accounts, budget, funds, types, units, locked.ConvertAll(p => (p.UnitCode, p.Year, p.Month)));
    }

    public static OrganisationUnit ToDomain(UnitRecord u) =>
        new(u.Code, u.Name, u.Kind,
            u.ParentCode, u.Chapter, u.ValidFrom, u.ValidTo, u.SuccessorCode);
}
