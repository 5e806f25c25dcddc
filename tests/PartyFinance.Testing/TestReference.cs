using PartyFinance.Application.Budgeting;

namespace PartyFinance.Testing;

/// <summary>The shipped rules of db/budget and db/posting, loaded once, as the CLI loads them.</summary>
public static class TestReference
{
    private static readonly Lazy<BudgetReference> Loaded = new(() =>
    {
        var r = BudgetReferenceFiles.LoadDirectory(RepoPaths.Db("budget"));
        return r.IsSuccess ? r.Value : throw new InvalidOperationException(string.Join("; ", r.Errors.Select(e => e.Describe())));
    });

    public static BudgetReference Budget => Loaded.Value;

    public static EstimateControl Estimates => new(Budget);
}
