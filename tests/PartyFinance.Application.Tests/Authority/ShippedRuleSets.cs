namespace PartyFinance.Application.Tests.Authority;

/// <summary>Finds files under db/ by walking up from the test binaries to the folder holding PartyFinance.sln.</summary>
public static class ShippedRuleSets
{
    public static string Path(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "PartyFinance.sln")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            throw new InvalidOperationException("PartyFinance.sln not found above " + AppContext.BaseDirectory);
        }

        return System.IO.Path.Combine([dir.FullName, .. parts]);
    }

    public static string BacNinh => Path("db", "authority", "bac-ninh-332-2021.csv");

    public static string SpendingRegulation => Path("db", "authority", "quy-che-chi-tieu-noi-bo-mau.csv");

    /// <summary>Every shipped set file, as `db init` loads them.</summary>
    /// <summary>Every rule-set file of db/authority (not the permission matrix beside them).</summary>
    public static IReadOnlyList<string> All => Directory.GetFiles(Path("db", "authority"), "*.csv")
        .Where(f => System.IO.Path.GetFileName(f) != "permissions.csv").Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<PartyFinance.Domain.Authority.RuleSet> Spending()
    {
        using var reader = new StreamReader(SpendingRegulation);
        return PartyFinance.Application.Authority.RuleSetCsvParser.Parse(reader).Value;
    }
}
