namespace PartyFinance.Testing;

/// <summary>Finds the repository (the folder holding PartyFinance.sln) from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PartyFinance.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("PartyFinance.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string ReferenceFolder => Path.Combine(Root, "db", "reference");

    public static string Db(params string[] parts) => Path.Combine([Root, "db", .. parts]);
}
