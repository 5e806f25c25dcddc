using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Ledger;
using PartyFinance.Application.Reference;
using PartyFinance.Application.Reporting;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Application.Tests.Reporting;

/// <summary>Lines on balances and turnover, formulas in any order, and balances no line takes listed as notes.</summary>
public sealed class StatementReportTests
{
    private const string Header = "code,form,name,kind,lines,columns,accounts,issued_with,valid_from,valid_to,source,verified\n";
    private const string LineHeader = "line,label,indent,bold,accounts,side,sign,excluding,fund_sources,autonomy,items,formula,verified\n";

    private sealed class Books(params AccountMovement[] movements) : IReportSource
    {
        public Task<IReadOnlyList<OrganisationUnit>> UnitsAsync(CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<OrganisationUnit>>([new OrganisationUnit("U", "Đơn vị U", UnitKind.ProvincialOffice, null, "509", new DateOnly(2018, 1, 1), null, null)]);

        public Task<IReadOnlyDictionary<string, ChartAccount>> ChartAsync(CancellationToken ct) => Task.FromResult<IReadOnlyDictionary<string, ChartAccount>>(new Dictionary<string, ChartAccount>());

        public Task<IReadOnlyList<BudgetCode>> BudgetCodesAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<BudgetCode>>([]);

        public Task<IReadOnlyList<AccountMovement>> MovementsAsync(ReportPeriod period, string? unit, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<AccountMovement>>(period.Year == 2025 ? movements : []);

        public Task<IReadOnlyList<AccountMovement>> MovementsExcludingAsync(ReportPeriod period, string? unit, IReadOnlyCollection<string> excluding, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<AccountMovement>>(period.Year == 2025 ? movements.Select(m => m with { Debit = m.Debit / 2, Credit = m.Credit / 2 }).ToList() : []);

        public Task<IReadOnlyList<CashFlow>> CashFlowsAsync(ReportPeriod period, string? unit, IReadOnlyCollection<string> cash, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<CashFlow>>([]);

        public Task<(long Debit, long Credit)> BookOpeningAsync(string account, ReportPeriod period, string? unit, CancellationToken ct) => throw new NotSupportedException();

        public IAsyncEnumerable<BookLine> BookEntriesAsync(IReadOnlyList<string> accounts, ReportPeriod period, string? unit, CancellationToken ct) => throw new NotSupportedException();
    }

    private static async Task<ReportTable> RunAsync(string kind, string columns, string lines, Books books)
    {
        var catalog = ReportDefinitionFiles.Load(n => n switch
        {
            "reports.csv" => new StringReader(Header + $"R,R/BCTC,Báo cáo,{kind},r.csv,{columns},,,2025-01-01,,nguồn,V\n"),
            "r.csv" => new StringReader(LineHeader + lines),
            _ => null,
        });
        Assert.True(catalog.IsSuccess, string.Join("\n", catalog.Errors.Select(e => e.Describe())));
        var result = await new BuildReport(catalog.Value, books, new BudgetStatus(null!), new AssetReports(null!, null!, books)).RunAsync("R", 2025, "U", CancellationToken.None);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors.Select(e => e.Describe())));
        return result.Value;
    }

    [Fact]
    public async Task BalanceLines_TakeEachAccountOnItsSide_FormulasComeFirstOrLast_AndUntakenBalancesAreNoted()
    {
        var books = new Books(
            new AccountMovement("1111", "Tiền", false, 10, 0, 5, 3),
            new AccountMovement("1388", "Phải thu khác", false, 0, 0, 0, 7),
            new AccountMovement("331", "Phải trả", false, 0, 4, 6, 0),
            new AccountMovement("3371", "Tạm thu", false, 0, 6, 0, 0));
        var table = await RunAsync("financial-position", "end=Cuối;start=Đầu", "" +
            "300,Tổng,0,true,,,,,,,,100+200,V\n" +
            "100,Tài sản,0,false,111;138;331,debit,,,,,,,V\n" +
            "200,Nguồn,0,false,3371,credit,-1,,,,,,V\n", books);
        // 331 closes on the debit side (an advance to the supplier), so the asset line takes it.
        Assert.Equal((14L, 10L), (table.Value("100", "end"), table.Value("100", "start")));
        Assert.Equal((-6L, -6L), (table.Value("200", "end"), table.Value("200", "start")));
        Assert.Equal(8, table.Value("300", "end"));
        var note = Assert.Single(table.Notes);
        Assert.Contains("Số dư Có 7 đ của TK 1388", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TurnoverLines_ReadTheMovementsWithoutTheExcludedVouchers()
    {
        var books = new Books(new AccountMovement("5111", "Thu", false, 0, 0, 0, 100));
        var table = await RunAsync("results", "year=Năm nay;prior=Năm trước", "" +
            "411,Thu,0,false,511,net-credit-turnover,,911,,,,,V\n" +
            "412,Thu cả kết chuyển,0,false,511,net-credit-turnover,,,,,,,V\n", books);
        Assert.Equal((50L, 100L, 0L), (table.Value("411", "year"), table.Value("412", "year"), table.Value("411", "prior")));
    }

    [Fact]
    public async Task AFormulaThatComesBackToItself_IsADefinitionError()
    {
        var catalog = ReportDefinitionFiles.Load(n => n switch
        {
            "reports.csv" => new StringReader(Header + "R,R,Báo cáo,financial-position,r.csv,end=Cuối,,,2025-01-01,,nguồn,V\n"),
            "r.csv" => new StringReader(LineHeader + "1,A,0,false,,,,,,,,2,V\n2,B,0,false,,,,,,,,1,V\n"),
            _ => null,
        });
        var result = await new BuildReport(catalog.Value, new Books(), new BudgetStatus(null!), new AssetReports(null!, null!, new Books())).RunAsync("R", 2025, "U", CancellationToken.None);
        Assert.Contains(result.Errors, e => e.Code == ReportErrors.BadDefinition && e.Message.Contains("vòng lại", StringComparison.Ordinal));
    }
}
