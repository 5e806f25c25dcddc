using System.Reflection;

namespace PartyFinance.Cli.Tests;

/// <summary>Dependencies point inwards only: Domain ← Application ← Infrastructure ← Cli.</summary>
public class ArchitectureTests
{
    private static string[] References(string assembly) =>
        Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!).ToArray();

    [Fact]
    public void Domain_ReferencesOnlyTheBaseClassLibrary() =>
        Assert.All(References("PartyFinance.Domain"), n => Assert.True(n is "netstandard" || n.StartsWith("System", StringComparison.Ordinal), n));

    [Fact]
    public void Application_KnowsNeitherEfCoreNorInfrastructureNorCli()
    {
        var refs = References("PartyFinance.Application");
        Assert.Contains("PartyFinance.Domain", refs);
        Assert.DoesNotContain(refs, n => n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || n is "PartyFinance.Infrastructure" or "PartyFinance.Cli" || n.StartsWith("Npgsql", StringComparison.Ordinal));
    }

    [Fact]
    public void Infrastructure_DoesNotPointAtTheCli() =>
        Assert.DoesNotContain("PartyFinance.Cli", References("PartyFinance.Infrastructure"));
}
