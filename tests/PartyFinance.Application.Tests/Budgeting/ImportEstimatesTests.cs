using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Application.Tests.Budgeting;

public class ImportEstimatesTests
{
    [Fact]
    public async Task Import_OfValidFile_AllocatesEachLineWithItsDecision()
    {
        var w = await new World().WithEstimatesAsync();

        var line = await w.LineAsync(World.Autonomous);

        Assert.Equal(10_000_000, line.Allocated);
        Assert.Equal(("12-QĐ/TU", new DateOnly(2026, 1, 5)), (line.Movements[0].DecisionNo, line.Movements[0].DecisionDate));
        Assert.Equal(5_000_000, (await w.LineAsync(World.NonAutonomous)).Available);
    }

    [Fact]
    public async Task Import_WithErrors_ReportsEveryRowAndColumn_AndChangesNothing()
    {
        var w = new World();
        const string csv = """
            unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date
            VPTU,2026,NSNN,autonomous,340-351,6501,10000000,12-QĐ/TU,2026-01-05
            VPTU,2026,NSNN,tu-chu,340-351,6502,-5,12-QĐ/TU,2026/01/05
            VPTU,2026,NSNN,autonomous,340-351,6501,1000,,2026-01-05
            """;

        var r = await new ImportEstimates(w.Store, World.Reference, w.Poster, w.Access, "ketoan").RunAsync(new StringReader(csv), default);

        Assert.Equal(
            [(3, "amount"), (3, "decision_date"), (3, "autonomy"), (4, "decision_no")],
            r.Errors.Select(e => (e.Row!.Value, e.Field!)));
        Assert.StartsWith("Dòng 3, cột amount:", r.Errors[0].Describe(), StringComparison.Ordinal);
        Assert.Null(await w.Store.FindLineAsync(World.Autonomous, default));
    }

    [Fact]
    public async Task Import_OfALineTwiceInOneFile_IsRefused()
    {
        var w = new World();
        var csv = World.Estimates + "\nVPTU,2026,NSNN,autonomous,340-351,6501,1,13-QĐ/TU,2026-01-06";

        var r = await new ImportEstimates(w.Store, World.Reference, w.Poster, w.Access, "ketoan").RunAsync(new StringReader(csv), default);

        Assert.Equal((BudgetErrors.LineExists, 4), (r.FirstError.Code, r.FirstError.Row!.Value));
    }

    [Fact]
    public async Task Import_WithAMissingColumn_IsRefusedAtTheHeader()
    {
        var r = await new ImportEstimates(new World().Store, World.Reference, new FakePoster(), new World().Access, "ketoan").RunAsync(new StringReader("unit,year\nVPTU,2026"), default);

        Assert.All(r.Errors, e => Assert.Equal(ImportErrors.MissingColumn, e.Code));
        Assert.Equal(7, r.Errors.Count);
    }

    [Fact]
    public async Task ControlMode_CanBeSetBeforeAllocation_ButIsFixedAfterIt()
    {
        var w = new World();
        Assert.True((await new SetControlMode(w.Store, w.Access).RunAsync("NSNN", 2026, ControlMode.Warn, "ketoan", default)).IsSuccess);
        await w.WithEstimatesAsync();

        var r = await new SetControlMode(w.Store, w.Access).RunAsync("NSNN", 2026, ControlMode.Stop, "ketoan", default);

        Assert.Equal(BudgetErrors.ControlModeFixed, r.FirstError.Code);
        Assert.Equal(ControlMode.Warn, (await w.LineAsync(World.Autonomous)).ControlMode);
    }

    [Fact]
    public async Task Status_ListsEveryLineWithItsArithmetic()
    {
        var w = await new World().WithEstimatesAsync();
        var paid = await w.ApprovedAsync(1_000_000);
        await w.Pay.RunAsync(paid, "ketoan", World.Today, PaymentMethod.BudgetWithdrawal, false, default);
        await w.ApprovedAsync(2_000_000);

        var rows = await new BudgetStatus(w.Store).RunAsync("VPTU", 2026, default);

        var row = rows.Single(r => r.Autonomy == "autonomous");
        Assert.Equal(("NSNN", "340-351", "6501"), (row.FundSource, row.Sector, row.BudgetItem));
        Assert.Equal((10_000_000L, 2_000_000L, 1_000_000L, 7_000_000L), (row.Allocated, row.Committed, row.Spent, row.Available));
        Assert.Equal(2, rows.Count);
    }
}
