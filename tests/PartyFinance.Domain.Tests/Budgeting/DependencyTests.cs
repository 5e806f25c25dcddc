using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Domain.Tests.Budgeting;

public class DependencyTests
{
    [Fact]
    public void DomainAssembly_ReferencesNothingButTheBaseClassLibrary()
    {
        var references = typeof(BudgetLine).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(name == "netstandard" || name.StartsWith("System", StringComparison.Ordinal), name));
    }
}
