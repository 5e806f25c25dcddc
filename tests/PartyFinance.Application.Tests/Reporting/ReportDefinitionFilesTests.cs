using PartyFinance.Application.Reporting;

namespace PartyFinance.Application.Tests.Reporting;

/// <summary>reports/ is data: the shipped files load clean, a bad cell is refused with its file, row and column, a new form version is a new row.</summary>
public sealed class ReportDefinitionFilesTests
{
    private const string Header = "code,form,name,kind,lines,columns,accounts,issued_with,valid_from,valid_to,source,verified\n";
    private const string LineHeader = "line,label,indent,bold,accounts,side,sign,excluding,fund_sources,autonomy,items,formula,verified\n";

    private static string ShippedFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PartyFinance.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "reports");
    }

    private static Domain.Common.Result<ReportCatalog> Load(params (string Name, string Text)[] files) =>
        ReportDefinitionFiles.Load(name => files.FirstOrDefault(f => f.Name == name) is { Text: { } t } ? new StringReader(t) : null);

    [Fact]
    public void ShippedReports_LoadWithoutAnError_AndEveryFormulaNamesALineOfItsReport()
    {
        var catalog = ReportDefinitionFiles.LoadDirectory(ShippedFolder());
        Assert.True(catalog.IsSuccess, string.Join("\n", catalog.Errors.Select(e => e.Describe())));
        Assert.Contains("B01-BCTC", catalog.Value.Codes);
        var b01 = catalog.Value.Find("B01-BCTC", 2025)!;
        Assert.Equal([(1, "100"), (1, "160")], b01.Lines.Single(l => l.Line == "230").Formula);
        Assert.Equal(["2141"], b01.Lines.Single(l => l.Line == "193").Accounts);
        Assert.Equal(-1, b01.Lines.Single(l => l.Line == "193").Sign);
        Assert.Equal(["3382", "3383"], b01.Lines.Single(l => l.Line == "257").ExcludedAccounts);
    }

    [Fact]
    public void BadCells_AreRefusedWithFileRowAndColumn()
    {
        var lines = LineHeader +
            "100,Tổng,0,true,,,,,,,,110+999,V\n" +
            "110,Tiền,1,maybe,111,sideways,2,,,neither,6000,,X\n";
        var result = Load(("reports.csv", Header + "B01,B01/BCTC,Tên,financial-position,b.csv,end=Cuối,,,2025-01-01,,nguồn,V\n"), ("b.csv", lines));
        Assert.True(result.IsFailure);
        var found = result.Errors.Select(e => (e.Row, e.Field)).ToHashSet();
        Assert.Superset(new HashSet<(int?, string?)> { (3, "bold"), (3, "side"), (3, "sign"), (3, "autonomy"), (3, "items"), (3, "verified") }, found);
        Assert.Contains(result.Errors, e => e.Field == "formula" && e.Message.Contains("999", StringComparison.Ordinal));
        Assert.All(result.Errors, e => Assert.Equal(ReportErrors.BadDefinition, e.Code));
        Assert.Contains(result.Errors, e => e.Message.StartsWith("b.csv: ", StringComparison.Ordinal));
    }

    [Fact]
    public void TextLines_TakeOnlyKnownPlaceholders_AndNoAccountsOrFormula()
    {
        var lines = LineHeader +
            "I1,1. Tên đơn vị: {unit} ({chapter}),1,false,,text,,,,,,,U\n" +
            "I2,2. Địa chỉ: {address},1,false,,text,,,,,,,U\n" +
            "I3,3. Tiền,1,false,111,text,,,,,,,U\n" +
            "T1,Tiền {unit},1,false,111,debit,,,,,,,U\n";
        var result = Load(("reports.csv", Header + "B04,B04/BCTC,Tên,notes,b.csv,end=Cuối,,,2025-01-01,,nguồn,U\n"), ("b.csv", lines));
        Assert.True(result.IsFailure);
        Assert.Equal(new HashSet<(int?, string?)> { (3, "label"), (4, "side"), (5, "label") }, result.Errors.Select(e => (e.Row, e.Field)).ToHashSet());
        Assert.Contains(result.Errors, e => e.Row == 3 && e.Message.Contains("{address}", StringComparison.Ordinal) && e.Message.Contains("{subordinates}", StringComparison.Ordinal));

        var fine = Load(("reports.csv", Header + "B04,B04/BCTC,Tên,notes,b.csv,end=Cuối,,,2025-01-01,,nguồn,U\n"), ("b.csv", LineHeader + "I1,1. Tên đơn vị: {unit} ({chapter}),1,false,,text,,,,,,,U\n"));
        Assert.True(fine.IsSuccess, string.Join("\n", fine.Errors.Select(e => e.Describe())));
        Assert.Equal(LineSide.Text, fine.Value.Find("B04", 2025)!.Lines.Single().Side);
    }

    [Fact]
    public void AMissingLinesFileOrUnknownKind_IsRefused()
    {
        var result = Load(("reports.csv", Header + "X,X,Tên,pie-chart,missing.csv,,,,2025-01-01,,nguồn,V\n"));
        Assert.Contains(result.Errors, e => e.Field == "kind" && e.Row == 2);
        Assert.Contains(result.Errors, e => e.Message.Contains("missing.csv", StringComparison.Ordinal));
        Assert.True(Load().IsFailure);
    }

    [Fact]
    public void AFormChange_IsANewVersionRow_ChosenByTheYear()
    {
        var result = Load(("reports.csv", Header +
            "B01,B01/BCTC,Mẫu cũ,financial-position,,end=Cuối,,,2018-01-01,2025-12-31,nguồn,V\n" +
            "B01,B01/BCTC,Mẫu mới,financial-position,,end=Cuối,,,2026-01-01,,nguồn,V\n"));
        Assert.True(result.IsSuccess);
        Assert.Equal("Mẫu cũ", result.Value.Find("b01", 2025)!.Name);
        Assert.Equal("Mẫu mới", result.Value.Find("B01", 2026)!.Name);
        Assert.Null(result.Value.Find("B01", 2017));
        Assert.Equal(["B01"], result.Value.Codes);
    }
}
