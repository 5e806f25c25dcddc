using PartyFinance.Cli.Language;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli.Commands;

/// <summary>How a spending request is printed after a command changes it (text or JSON).</summary>
internal static class SpendOutput
{
    public static object Json(SpendingRequest r, string? warning = null) => new
    {
        id = r.Id,
        unit = r.Key.Unit,
        year = r.Key.Year,
        amount = r.Amount,
        status = r.Status.Code(),
        fund_source = r.Key.FundSource,
        autonomy = r.Key.Autonomy.Code(),
        sector = r.Key.Sector,
        budget_item = r.Key.BudgetItem,
        purpose = r.Purpose,
        payee = r.Payee,
        plan = r.PlanId,
        plan_month = r.PlanMonth?.ToString(),
        voucher_no = r.VoucherNo,
        budget_warning = warning,
    };

    public static int Print(CliContext c, SpendingRequest r, string done, string? warning = null)
    {
        if (c.Json)
        {
            c.Output.Json(Json(r, warning));
            return ExitCodes.Success;
        }

        // The voucher of the step just taken (a settlement has its own), else the payment voucher.
        var last = r.History.Count > 0 ? r.History[^1].VoucherNo : null;
        var voucher = (last ?? r.VoucherNo) is { } number ? $"; chứng từ {number}" : string.Empty;
        c.Output.Line($"{done} đề nghị chi số {Id(r.Id)} ({r.Key}, {VietnameseFormat.Amount(r.Amount)}): trạng thái {r.Status.Name()}{voucher}.");
        if (warning is not null)
        {
            c.Output.Line("Cảnh báo dự toán: " + warning);
        }

        return ExitCodes.Success;
    }

    public static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
