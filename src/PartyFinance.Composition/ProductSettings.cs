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

    /// <summary>
    /// The settings for books named as the CLI's --db names them (a file, or a Host=… connection string; empty:
    /// PARTYFINANCE_DB, else partyfinance.db), so an edge need not know the database types. A connection string the
    /// provider cannot read is an <see cref="ArgumentException"/> with a Vietnamese message.
    /// </summary>
    public static ProductSettings ForBooks(string? books, string actor, string dataFolder) => new(DatabaseTarget.Resolve(books), actor, dataFolder);

    /// <summary>How the books are shown to a person: the file, or the server without the password.</summary>
    public string BooksDisplay => Target.Display;

    /// <summary>The db folder copied next to the program.</summary>
    public static string ShippedDataFolder => Path.Combine(AppContext.BaseDirectory, "db");
}
