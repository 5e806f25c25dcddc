using System.CommandLine;
using PartyFinance.Application.Ledger;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli.Commands;

/// <summary>`ledger trial-balance` and `ledger general`.</summary>
public static class LedgerCommands
{
    public static Command Build(Func<ParseResult, CliContext> context)
    {
        var year = new Option<int>("--year") { Description = "Năm", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị (mặc định: tất cả)" };
        var trial = new Command("trial-balance", "Bảng cân đối số phát sinh") { year, unit };
        trial.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var known = await c.Get<UnitDirectory>().RequireAsync(p.GetValue(unit), "unit", ct);
            if (known.IsFailure)
            {
                return c.Output.Refuse(known.Errors);
            }

            var tb = TrialBalance.From(p.GetValue(year), p.GetValue(unit), await c.Get<ILedgerQueries>().MovementsAsync(p.GetValue(year), p.GetValue(unit), ct));
            if (c.Json)
            {
                c.Output.Json(new { on_balance = tb.OnBalance.Select(Row), off_balance = tb.OffBalance.Select(Row) });
                return ExitCodes.Success;
            }

            TrialBalanceText.Write(c.Output.Out, tb);
            return ExitCodes.Success;
        });

        var account = new Option<string>("--account") { Description = "Số hiệu tài khoản (gồm cả tài khoản chi tiết)", Required = true };
        var general = new Command("general", "Sổ cái một tài khoản, có số dư lũy kế") { account, year, unit };
        general.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var known = await c.Get<UnitDirectory>().RequireAsync(p.GetValue(unit), "unit", ct);
            if (known.IsFailure)
            {
                return c.Output.Refuse(known.Errors);
            }

            var queries = c.Get<ILedgerQueries>();
            if (!await queries.AccountExistsAsync(p.GetValue(account)!, ct))
            {
                return c.Output.Refuse([new DomainError(Domain.Ledger.LedgerErrors.AccountUnknown, $"Tài khoản '{p.GetValue(account)}' không có trong hệ thống tài khoản.", "account")]);
            }

            var gl = await queries.GeneralLedgerAsync(p.GetValue(account)!, p.GetValue(year), p.GetValue(unit), ct);
            if (c.Json)
            {
                c.Output.Json(new { account = gl.Account, year = gl.Year, unit = gl.Unit, opening_debit = gl.OpeningDebit, opening_credit = gl.OpeningCredit, lines = gl.Lines });
                return ExitCodes.Success;
            }

            TrialBalanceText.WriteGeneral(c.Output.Out, gl);
            return ExitCodes.Success;
        });
        return new Command("ledger", "Sổ kế toán") { trial, general };
    }

    private static object Row(TrialBalanceRow r) => new
    {
        account = r.Account,
        name = r.Name,
        opening_debit = r.OpeningDebit,
        opening_credit = r.OpeningCredit,
        debit = r.Debit,
        credit = r.Credit,
        closing_debit = r.ClosingDebit,
        closing_credit = r.ClosingCredit,
    };
}
