using System.CommandLine;
using PartyFinance.Application.Demo;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Cli.Commands;

/// <summary>`demo seed`: initialises the database if needed and loads the demo province.</summary>
public static class DemoCommands
{
    public static Command Build(Func<ParseResult, CliContext> context)
    {
        var seed = new Command("seed", "Nạp dữ liệu mẫu: Văn phòng Tỉnh ủy và các đơn vị, chứng từ từ 01/2025");
        seed.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var init = await DbCommands.InitAsync(c, DbCommands.DefaultReferenceFolder, ct, quiet: true);
            if (init != ExitCodes.Success)
            {
                return init;
            }

            var result = await new SeedDemo(new LedgerStore(c.Target), new LedgerQueries(c.Target), c.Clock, BudgetWiring.Estimates).RunAsync(c.Actor, ct);
            if (result.IsFailure)
            {
                return c.Output.Refuse(result.Errors);
            }

            var r = result.Value;
            var approvers = await DemoAuthority.LoadAsync(c, ct);
            if (approvers.IsFailure)
            {
                return c.Output.Refuse(approvers.Errors);
            }

            if (c.Json)
            {
                c.Output.Json(new { r.Units, r.OpeningLines, r.VouchersPosted, r.VouchersSkipped, r.PeriodsLocked, approvers_added = approvers.Value });
            }
            else
            {
                c.Output.Line($"Dữ liệu mẫu trong {c.Target.Display}: {r.Units} đơn vị mới, {r.OpeningLines} dòng số dư đầu năm, " +
                              $"{r.VouchersPosted} chứng từ mới ({r.VouchersSkipped} đã có), {r.PeriodsLocked} kỳ được khóa sổ, {approvers.Value} người duyệt mẫu.");
            }

            return ExitCodes.Success;
        });
        return new Command("demo", "Dữ liệu mẫu") { seed };
    }
}
