using System.Reflection;
using System.Xml.Linq;
using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests;

/// <summary>
/// Exact allow-lists: each project's project references, the non-BCL assemblies it compiles
/// against, and the namespaces (capability folders) it holds. Dependencies point inwards only:
/// Domain ← Application ← Infrastructure ← Composition ← Cli, Web. Adding a reference, a package or a
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
        { "PartyFinance.Web", "src/PartyFinance.Web/PartyFinance.Web.csproj", ["PartyFinance.Composition"] },
    };

    public static TheoryData<string, string[]> AssemblyReferences => new()
    {
        { "PartyFinance.Domain", [] },
        { "PartyFinance.Application", ["PartyFinance.Domain"] },
        {
            "PartyFinance.Infrastructure",
            ["DocumentFormat.OpenXml", "DocumentFormat.OpenXml.Framework", "Microsoft.Data.SqlClient", "Microsoft.Data.Sqlite", "Microsoft.EntityFrameworkCore", "Microsoft.EntityFrameworkCore.Abstractions", "Microsoft.EntityFrameworkCore.Relational",
             "Microsoft.EntityFrameworkCore.SqlServer", "Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.Extensions.Identity.Core", "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Options", "Npgsql", "Npgsql.EntityFrameworkCore.PostgreSQL",
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
        {
            // The web application: ASP.NET Core (the shared framework) and the use cases and seams of the composition root; it names
            // nothing of Infrastructure (the books are a string given to ProductSettings.ForBooks, reads go through Application seams).
            "PartyFinance.Web",
            ["Microsoft.AspNetCore", "Microsoft.AspNetCore.Antiforgery", "Microsoft.AspNetCore.Authentication", "Microsoft.AspNetCore.Authentication.Abstractions", "Microsoft.AspNetCore.Authentication.Cookies",
             "Microsoft.AspNetCore.Authorization", "Microsoft.AspNetCore.Authorization.Policy", "Microsoft.AspNetCore.Diagnostics", "Microsoft.AspNetCore.Diagnostics.Abstractions",
             "Microsoft.AspNetCore.Hosting.Abstractions", "Microsoft.AspNetCore.Hosting.Server.Abstractions", "Microsoft.AspNetCore.Html.Abstractions", "Microsoft.AspNetCore.Http",
             "Microsoft.AspNetCore.Http.Abstractions", "Microsoft.AspNetCore.Http.Extensions", "Microsoft.AspNetCore.Http.Features", "Microsoft.AspNetCore.Http.Results",
             "Microsoft.AspNetCore.HttpOverrides", "Microsoft.AspNetCore.HttpsPolicy", "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Mvc.Abstractions", "Microsoft.AspNetCore.Mvc.Core",
             "Microsoft.AspNetCore.Mvc.Razor", "Microsoft.AspNetCore.Mvc.RazorPages", "Microsoft.AspNetCore.Mvc.TagHelpers", "Microsoft.AspNetCore.Mvc.ViewFeatures", "Microsoft.AspNetCore.OpenApi",
             "Microsoft.AspNetCore.Razor", "Microsoft.AspNetCore.Razor.Runtime", "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Server.Kestrel.Core",
             "Microsoft.AspNetCore.StaticFiles", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.Configuration.Abstractions", "Microsoft.Extensions.Configuration.Binder",
             "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Features", "Microsoft.Extensions.Hosting.Abstractions", "Microsoft.Extensions.Identity.Core",
             "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Options", "Microsoft.Extensions.Primitives", "Microsoft.Extensions.WebEncoders", "Microsoft.Net.Http.Headers", "Microsoft.OpenApi",
             "PartyFinance.Application", "PartyFinance.Composition", "PartyFinance.Domain"]
        },
    };

    public static TheoryData<string, string[]> Namespaces => new()
    {
        { "PartyFinance.Domain", ["Assets", "Authority", "Budgeting", "Common", "Ledger", "Organisation", "Posting"] },
        { "PartyFinance.Application", ["Assets", "Audit", "Authority", "Budgeting", "Common", "Demo", "Ledger", "Organisation", "Posting", "Reference", "Reporting"] },
        {
            "PartyFinance.Infrastructure",
            ["Assets", "Assets.Records", "Authority", "Authority.Records", "Budgeting", "Budgeting.Records", "Ledger", "Persistence", "Persistence.Audit", "Persistence.Migrations", "Persistence.Postgres", "Persistence.Records",
             "Persistence.SqlServer", "Persistence.Sqlite", "Reference", "Reporting"]
        },
        { "PartyFinance.Composition", [""] },
        { "partyfinance", ["", "Commands", "Language"] },
        { "PartyFinance.Web", ["", "Api", "Approvals", "Imports", "Ledger", "Pages", "Pages.Chi", "Pages.ChungTu", "Pages.CongCu", "Pages.DuToan", "Pages.Duyet", "Pages.KhoaSo", "Pages.NhapTep", "Pages.Shared", "Pages.TaiSan", "Reporting", "Security", "Spending"] },
    };

    [Fact]
    public void Web_NamesNothingOfInfrastructure()
    {
        var references = Assembly.Load("PartyFinance.Web").GetReferencedAssemblies().Select(a => a.Name);

        Assert.DoesNotContain("PartyFinance.Infrastructure", references);
    }

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
