using PartyFinance.Application.Budgeting;

namespace PartyFinance.Benchmarks;

/// <summary>The repository's db folder and its budget and posting rules, as the CLI ships them.</summary>
internal static class BenchReference
{
    public static string Db(string folder) => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "db", folder));

    public static BudgetReference Budget => BudgetReferenceFiles.LoadDirectory(Db("budget")).Value;

    public static EstimateControl Estimates => new(Budget);
}
