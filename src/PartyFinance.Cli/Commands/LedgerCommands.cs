using System.CommandLine;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Persistence;

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
            if (await UnknownUnitAsync(c, p.GetValue(unit), ct) is { } refused)
            {
                return refused;
            }

            var tb = TrialBalance.From(p.GetValue(year), p.GetValue(unit), await new LedgerQueries(c.Target).MovementsAsync(p.GetValue(year), p.GetValue(unit), ct));
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
            if (await UnknownUnitAsync(c, p.GetValue(unit), ct) is { } refused)
            {
                return refused;
            }

            var queries = new LedgerQueries(c.Target);
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

    /// <summary>A mistyped unit must not look like a unit with no activity.</summary>
    internal static async Task<int?> UnknownUnitAsync(CliContext c, string? unit, CancellationToken ct)
    {
        if (unit is null || await new LedgerQueries(c.Target).UnitExistsAsync(unit, ct))
        {
            return null;
        }

        return c.Output.Refuse([new DomainError(Domain.Ledger.LedgerErrors.UnitUnknown, $"Đơn vị '{unit}' không tồn tại.", "unit")]);
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
