using PartyFinance.Application.Reference;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Application.Ledger;

/// <summary>
/// In-memory lookups over the reference data for one posting session: every check is a
/// dictionary probe, so validating two million lines costs no database round trip.
/// </summary>
public sealed class LedgerCatalog : ILedgerCatalog
{
    private readonly Dictionary<string, Account[]> _accounts;
    private readonly Dictionary<string, List<Account>> _children = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Kind, string Code), BudgetCode[]> _budget;
    private readonly Dictionary<string, DatedCode[]> _funds;
    private readonly Dictionary<string, DatedCode[]> _types;
    private readonly Dictionary<string, OrganisationUnit> _units;
    private readonly HashSet<(string, int, int)> _locked;

    public LedgerCatalog(ReferenceData data)
    {
        _accounts = data.Accounts.GroupBy(a => a.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        foreach (var a in data.Accounts.Where(a => a.ParentCode is not null))
        {
            if (!_children.TryGetValue(a.ParentCode!, out var list))
            {
                _children[a.ParentCode!] = list = [];
            }

            list.Add(a);
        }

        _budget = data.BudgetCodes.GroupBy(b => (b.Kind, b.Code)).ToDictionary(g => g.Key, g => g.ToArray());
        _funds = data.FundSources.GroupBy(f => f.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _types = data.VoucherTypes.GroupBy(f => f.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _units = data.Units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        _locked = data.LockedPeriods.Select(p => (p.Unit, p.Year, p.Month)).ToHashSet();
    }

    public Account? FindAccount(string code, DateOnly date)
    {
        if (!_accounts.TryGetValue(code, out var versions))
        {
            return null;
        }

        foreach (var a in versions)
        {
            if (a.IsValidOn(date))
            {
                return a;
            }
        }

        return null;
    }

    public bool AccountExists(string code) => _accounts.ContainsKey(code);

    public bool IsLeaf(string code, DateOnly date) =>
        !_children.TryGetValue(code, out var kids) || !kids.Exists(k => k.IsValidOn(date));

    public bool IsVoucherType(string code, DateOnly date) => ValidIn(_types, code, date);

    public bool IsFundSource(string code, DateOnly date) => ValidIn(_funds, code, date);

    public bool IsBudgetItem(string code, DateOnly date) =>
        Budget(BudgetCode.SubItem, code, date) is not null || Budget(BudgetCode.Item, code, date) is not null;

    public bool IsSector(string code, DateOnly date)
    {
        var dash = code.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0)
        {
            return false;
        }

        var group = Budget(BudgetCode.SectorGroup, code[..dash], date);
        var sector = Budget(BudgetCode.Sector, code[(dash + 1)..], date);
        return group is not null && sector is not null && sector.ParentCode == group.Code;
    }

    public bool IsChapter(string code, DateOnly date) => Budget(BudgetCode.Chapter, code, date) is not null;

    public IReadOnlyCollection<OrganisationUnit> Units => _units.Values;

    public bool UnitExists(string unitCode) => _units.ContainsKey(unitCode);

    public bool IsUnitActive(string unitCode, DateOnly date) => _units.TryGetValue(unitCode, out var u) && u.IsActiveOn(date);

    public bool IsPeriodLocked(string unitCode, int year, int month) => _locked.Contains((unitCode, year, month));

    private BudgetCode? Budget(string kind, string code, DateOnly date) =>
        _budget.TryGetValue((kind, code), out var versions) ? Array.Find(versions, v => v.IsValidOn(date)) : null;

    private static bool ValidIn(Dictionary<string, DatedCode[]> table, string code, DateOnly date) =>
        table.TryGetValue(code, out var versions) && Array.Exists(versions, v => v.IsValidOn(date));
}
