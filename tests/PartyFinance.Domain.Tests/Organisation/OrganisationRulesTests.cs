using PartyFinance.Domain.Organisation;

namespace PartyFinance.Domain.Tests.Organisation;

public class OrganisationRulesTests
{
    private static OrganisationUnit Unit(string code, string? parent = null, DateOnly? to = null, string? successor = null) =>
        new(code, "Đơn vị " + code, UnitKind.PartyAgency, parent, "509", new DateOnly(2018, 1, 1), to, successor);

    private static string[] Codes(params OrganisationUnit[] units) =>
        OrganisationRules.CheckLinks(units.ToDictionary(u => u.Code), units.Select((u, i) => (u.Code, i + 2)).ToDictionary(x => x.Code, x => x.Item2))
            .Select(e => e.Code).ToArray();

    [Fact]
    public void CheckLinks_MergedUnitWithEndAndSuccessor_IsAccepted() =>
        Assert.Empty(Codes(Unit("VPTU"), Unit("DUK", "VPTU", new DateOnly(2025, 6, 30), "DUCQD"), Unit("DUCQD", "VPTU")));

    [Fact]
    public void CheckLinks_UnknownParentOrSuccessor_AreRefused()
    {
        var codes = Codes(Unit("A", "NOPE", new DateOnly(2025, 1, 1), "GONE"));
        Assert.Contains(OrganisationErrors.ParentUnknown, codes);
        Assert.Contains(OrganisationErrors.SuccessorUnknown, codes);
    }

    [Fact]
    public void CheckLinks_SuccessorWithoutEndDate_IsRefused() =>
        Assert.Contains(OrganisationErrors.SuccessorNeedsEnd, Codes(Unit("A", successor: "B"), Unit("B")));

    [Fact]
    public void CheckLinks_ParentCycle_IsRefused() =>
        Assert.Contains(OrganisationErrors.ParentCycle, Codes(Unit("A", "B"), Unit("B", "A")));

    [Theory]
    [InlineData("VP TU", "Tên", "509", OrganisationErrors.BadCode)]
    [InlineData("VPTU", "", "509", OrganisationErrors.NameMissing)]
    [InlineData("VPTU", "Tên", "59", OrganisationErrors.BadChapter)]
    public void CheckFields_NamesTheFieldAtFault(string code, string name, string chapter, string expected) =>
        Assert.Contains(expected, OrganisationUnit.CheckFields(code, name, chapter, new DateOnly(2020, 1, 1), null, 2).Select(e => e.Code));
}
