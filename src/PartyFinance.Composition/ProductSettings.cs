using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Composition;

/// <summary>
/// What one edge (the CLI, the web application) tells the composition root: which books,
/// who acts, and where the shipped data folders are (db/reference, db/budget, db/authority, db/assets, reports).
/// </summary>
public sealed record ProductSettings(DatabaseTarget Target, string Actor, string DataFolder)
{
    public string ReferenceFolder => Path.Combine(DataFolder, "reference");

    public string BudgetFolder => Environment.GetEnvironmentVariable("PARTYFINANCE_BUDGET_DIR") is { Length: > 0 } dir ? dir : Path.Combine(DataFolder, "budget");

    public string AuthorityFolder => Path.Combine(DataFolder, "authority");

    public string AssetFolder => Path.Combine(DataFolder, "assets");

    /// <summary>The report definitions (reports/ next to the db folder).</summary>
    public string ReportsFolder => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(DataFolder).TrimEnd(Path.DirectorySeparatorChar))!, "reports");

    /// <summary>The db folder copied next to the program.</summary>
    public static string ShippedDataFolder => Path.Combine(AppContext.BaseDirectory, "db");
}
