using System.CommandLine;
using PartyFinance.Application.Ledger;

namespace PartyFinance.Cli.Commands;

/// <summary>`balance import &lt;opening.csv&gt;`: opening balances per unit and year.</summary>
public static class BalanceCommands
{
    public static Command Build(Func<ParseResult, CliContext> context)
    {
        var file = new Argument<string>("opening.csv");
        var import = new Command("import", "Nhập số dư đầu năm (unit,year,account,debit,credit)") { file };
        import.SetAction(async (p, ct) =>
        {
            var c = context(p);
            return await InputFile.ReadAsync(c, p.GetValue(file)!, async f => ImportOutput.Report(c, await c.Get<ImportOpeningBalances>().RunAsync(f, c.Actor, ct), f.Name, "dòng số dư"));
        });
        return new Command("balance", "Số dư đầu năm") { import };
    }
}
