using PartyFinance.Cli.Language;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Cli.Tests.Language;

/// <summary>Roles, unit kinds and statuses read in Vietnamese in text output; JSON keeps the stable codes.</summary>
public sealed class TextOutputWordsTests
{
    [Fact]
    public async Task UnitAndUserLists_NameKindsRolesAndScopesInVietnamese_JsonKeepsCodes()
    {
        await using var cli = await CliRunner.StartAsync(actor: TestUsers.Admin);
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", """
            code,name,kind,parent,chapter,valid_from,valid_to,successor
            VPTU,Văn phòng Tỉnh ủy,provincial-office,,509,2020-01-01,,
            BTG,Ban Tuyên giáo Tỉnh ủy,party-agency,VPTU,509,2020-01-01,,
            """))).Code);
        Assert.Equal(0, (await cli.RunAsync("user", "add", "hung", "--name", "Trần Văn Hùng", "--role", "unit-head", "--scope", "BTG", "--from", "2024-01-01")).Code);
        Assert.Equal(0, (await cli.RunAsync("user", "add", "mai", "--name", "Lê Thị Mai", "--role", "office-chief", "--scope", "province", "--from", "2024-01-01")).Code);

        var units = (await cli.RunAsync("unit", "list")).Out;
        Assert.Contains("Ban, cơ quan Đảng", units, StringComparison.Ordinal);
        Assert.DoesNotContain("party-agency", units, StringComparison.Ordinal);
        var users = (await cli.RunAsync("user", "list")).Out;
        Assert.Contains("thủ trưởng đơn vị", users, StringComparison.Ordinal);
        Assert.Contains("toàn tỉnh", users, StringComparison.Ordinal);
        Assert.DoesNotContain("unit-head", users, StringComparison.Ordinal);
        Assert.DoesNotContain("province", users, StringComparison.Ordinal);

        Assert.Contains("party-agency", (await cli.RunAsync("unit", "list", "--json")).Out, StringComparison.Ordinal);
        Assert.Contains("\"unit-head\"", (await cli.RunAsync("user", "list", "--json")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryRoleStatusAndKind_HasAVietnameseNameThatIsNotItsCode()
    {
        Assert.All(Enum.GetValues<Role>(), r => Assert.NotEqual(r.ToSlug(), r.Name()));
        Assert.All(Enum.GetValues<SpendingStatus>(), s => Assert.Equal(s.Name(), Words.SpendingStatusName(s.Code())));
        Assert.All(Enum.GetValues<SpendingStatus>(), s => Assert.NotEqual(s.Code(), s.Name()));
        Assert.All(Enum.GetValues<Schedule>(), s => Assert.Equal(s.Name(), Words.ScheduleName(s.Code())));
        Assert.All(Enum.GetValues<UnitKind>(), k => Assert.NotEqual(k.ToSlug(), k.Name()));
        Assert.Equal("đã duyệt", Words.PlanStatusName("approved"));
        Assert.Equal("không tự chủ", Words.AutonomyName("non-autonomous"));
    }
}
