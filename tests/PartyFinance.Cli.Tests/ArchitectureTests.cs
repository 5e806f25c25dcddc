using System.Reflection;
using System.Xml.Linq;
using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests;

/// <summary>
/// Exact allow-lists: each project's project references, the non-BCL assemblies it compiles
/// against, and the namespaces (capability folders) it holds. Dependencies point inwards only:
/// Domain ← Application ← Infrastructure ← Composition ← Cli. Adding a reference, a package or a
/// folder means changing this list on purpose.
/// </summary>
public class ArchitectureTests
{
    public static TheoryData<string, string, string[]> ProjectReferences => new()
    {
        { "PartyFinance.Domain", "src/PartyFinance.Domain/PartyFinance.Domain.csproj", [] },
        { "PartyFinance.Application", "src/PartyFinance.Application/PartyFinance.Application.csproj", ["PartyFinance.Domain"] },
        { "PartyFinance.Infrastructure", "src/PartyFinance.Infrastructure/PartyFinance.Infrastructure.csproj", ["PartyFinance.Application"] },
        { "PartyFinance.Composition", "src/PartyFinance.Composition/PartyFinance.Composition.csproj", ["PartyFinance.Infrastructure"] },
        { "PartyFinance.Cli", "src/PartyFinance.Cli/PartyFinance.Cli.csproj", ["PartyFinance.Composition"] },
    };

    public static TheoryData<string, string[]> AssemblyReferences => new()
    {
        { "PartyFinance.Domain", [] },
        { "PartyFinance.Application", ["PartyFinance.Domain"] },
        {
            "PartyFinance.Infrastructure",
            ["DocumentFormat.OpenXml", "DocumentFormat.OpenXml.Framework", "Microsoft.Data.Sqlite", "Microsoft.EntityFrameworkCore", "Microsoft.EntityFrameworkCore.Abstractions", "Microsoft.EntityFrameworkCore.Relational",
             "Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.Extensions.Logging.Abstractions", "Npgsql", "Npgsql.EntityFrameworkCore.PostgreSQL",
             "PartyFinance.Application", "PartyFinance.Domain", "SQLitePCLRaw.core"]
        },
        {
            "PartyFinance.Composition",
            ["Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.DependencyInjection.Abstractions", "PartyFinance.Application", "PartyFinance.Domain", "PartyFinance.Infrastructure"]
        },
        {
            // The CLI names the database (DatabaseTarget) and the use cases it calls; it builds nothing itself.
            "partyfinance",
            ["Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.DependencyInjection.Abstractions", "PartyFinance.Application", "PartyFinance.Composition",
             "PartyFinance.Domain", "PartyFinance.Infrastructure", "System.CommandLine"]
        },
    };

    public static TheoryData<string, string[]> Namespaces => new()
    {
        { "PartyFinance.Domain", ["Assets", "Authority", "Budgeting", "Common", "Ledger", "Organisation", "Posting"] },
        { "PartyFinance.Application", ["Assets", "Authority", "Budgeting", "Common", "Demo", "Ledger", "Organisation", "Posting", "Reference", "Reporting"] },
        {
            "PartyFinance.Infrastructure",
            ["Assets", "Assets.Records", "Authority", "Authority.Records", "Budgeting", "Budgeting.Records", "Ledger", "Persistence", "Persistence.Migrations", "Persistence.Postgres", "Persistence.Records",
             "Persistence.Sqlite", "Reference", "Reporting"]
        },
        { "PartyFinance.Composition", [""] },
        { "partyfinance", ["", "Commands", "Language"] },
    };

    [Theory]
    [MemberData(nameof(ProjectReferences))]
    public void EachProject_ReferencesExactlyTheProjectsAllowed(string project, string csproj, string[] allowed)
    {
        var references = XDocument.Load(Path.Combine(RepoPaths.Root, csproj)).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/'))).Order(StringComparer.Ordinal);

        Assert.True(allowed.SequenceEqual(references), $"{project}: {string.Join(", ", references)}");
    }

    [Theory]
    [MemberData(nameof(AssemblyReferences))]
    public void EachAssembly_CompilesAgainstExactlyTheBclAndTheAssembliesAllowed(string assembly, string[] allowed)
    {
        // The BCL (System.*) is always allowed; a package named System.* (System.CommandLine) must be listed.
        var references = Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => allowed.Contains(n) || !(n is "netstandard" or "mscorlib" || n.StartsWith("System.", StringComparison.Ordinal) && n != "System.CommandLine"))
            .Order(StringComparer.Ordinal).ToList();

        Assert.True(allowed.SequenceEqual(references), $"{assembly}: {string.Join(", ", references)}");
    }

    [Theory]
    [MemberData(nameof(Namespaces))]
    public void EachAssembly_HoldsExactlyItsCapabilityFolders(string assembly, string[] folders)
    {
        var root = assembly == "partyfinance" ? "PartyFinance.Cli" : assembly;
        var namespaces = Assembly.Load(assembly).GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith("PartyFinance", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal);
        var expected = folders.Select(f => f.Length == 0 ? root : root + "." + f).Order(StringComparer.Ordinal);

        Assert.Equal(expected, namespaces);
    }
}
