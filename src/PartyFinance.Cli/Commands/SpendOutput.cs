using PartyFinance.Cli.Language;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli.Commands;

/// <summary>How a spending request is printed after a command changes it (text or JSON).</summary>
internal static class SpendOutput
{
    public static Dictionary<string, object?> Json(SpendingRequest r, string? warning = null, string? assetNotice = null) => new()
    {
        ["id"] = r.Id,
        ["unit"] = r.Key.Unit,
        ["year"] = r.Key.Year,
        ["amount"] = r.Amount,
        ["status"] = r.Status.Code(),
        ["fund_source"] = r.Key.FundSource,
        ["autonomy"] = r.Key.Autonomy.Code(),
        ["sector"] = r.Key.Sector,
        ["budget_item"] = r.Key.BudgetItem,
        ["purpose"] = r.Purpose,
        ["payee"] = r.Payee,
        ["plan"] = r.PlanId,
        ["plan_month"] = r.PlanMonth?.ToString(),
        ["voucher_no"] = r.VoucherNo,
        ["budget_warning"] = warning,
        ["asset"] = r.Asset is { } a
            ? new Dictionary<string, object?>
            {
                ["code"] = a.Code,
                ["name"] = a.Name,
                ["class"] = a.ClassCode,
                ["location"] = a.Location,
                ["custodian"] = a.Custodian,
                ["kind"] = a.IsTool ? "tool" : "fixed-asset",
                ["quantity"] = a.Tool?.Quantity,
                ["measure"] = a.Tool?.Measure,
            }
            : null,
        ["asset_notice"] = assetNotice,
    };

    public static int Print(CliContext c, SpendingRequest r, string done, string? warning = null, string? assetNotice = null)
    {
        if (c.Json)
        {
            c.Output.Json(Json(r, warning, assetNotice));
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

        if (assetNotice is not null)
        {
            c.Output.Line("Tài sản: " + assetNotice);
        }
        else if (r.Asset is { Tool: { } t } tool && r.Status == SpendingStatus.Paid && r.Nature == SpendingNature.Payment)
        {
            c.Output.Line($"Đã nhập kho công cụ, dụng cụ {tool.Code} ({tool.Name}, {t.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture)} {t.Measure}); xem: partyfinance tool show {tool.Code}");
        }
        else if (r.Asset is { } a && r.Status == SpendingStatus.Paid && r.Nature == SpendingNature.Payment)
        {
            c.Output.Line($"Đã ghi tăng tài sản cố định {a.Code} ({a.Name}, loại {a.ClassCode}); xem: partyfinance asset show {a.Code}");
        }

        return ExitCodes.Success;
    }

    /// <summary>`spend submit`: the request, then who decides under which rule and the chain of signatures.</summary>
    public static async Task<int> PrintSubmittedAsync(CliContext c, SpendingRequest r, CancellationToken ct)
    {
        var approval = r.ApprovalId is { } id ? await c.Get<Application.Budgeting.IBudgetStore>().FindApprovalAsync(id, ct) : null;
        if (c.Json || approval is null)
        {
            return c.Json && approval is not null ? JsonWithApproval(c, r, approval) : Print(c, r, "Đã trình");
        }

        Print(c, r, "Đã trình");
        PrintDecision(c, approval);
        c.Output.Line("Chuỗi duyệt: " + string.Join(" → ", approval.Steps.Select(s => $"{s.Number}. {s.Decider.VietnameseName()}{(s.IsFinal ? " (quyết định)" : string.Empty)}")));
        return ExitCodes.Success;
    }

    /// <summary>`spend approve`: the step signed, the decider, rule set, decision number and citation, and what waits.</summary>
    public static int PrintApproval(CliContext c, Application.Budgeting.SpendingApproval done)
    {
        var (r, approval) = (done.Request, done.Approval);
        if (c.Json)
        {
            return JsonWithApproval(c, r, approval);
        }

        var signed = approval.Events.Last(e => e.Kind == ApprovalEventKind.Approved);
        var step = $"bước {signed.Step?.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{approval.Steps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        if (approval.NextStep is { } next)
        {
            c.Output.Line($"Đã duyệt {step} của đề nghị chi số {Id(r.Id)} ({r.Key}, {VietnameseFormat.Amount(r.Amount)}); chờ bước {next.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)} ({next.Decider.VietnameseName()}). Trạng thái {r.Status.VietnameseName()}.");
        }
        else
        {
            Print(c, r, $"Đã duyệt ({step}, quyết định {signed.DecisionNo})");
        }

        PrintDecision(c, approval);
        return ExitCodes.Success;
    }

    private static void PrintDecision(CliContext c, ApprovalRequest approval)
    {
        var d = approval.Decision;
        c.Output.Line($"Thẩm quyền quyết định: {d.Decider.VietnameseName()} — bộ quy tắc '{d.RuleSetName}' ({d.DecisionNo}), {d.Citation}.");
    }

    private static int JsonWithApproval(CliContext c, SpendingRequest r, ApprovalRequest a)
    {
        var d = a.Decision;
        var json = Json(r);
        json["approval_id"] = a.Id;
        json["decider"] = d.Decider.ToSlug();
        json["rule_set"] = d.RuleSetName;
        json["decision_no"] = d.DecisionNo;
        json["citation"] = d.Citation;
        json["steps"] = a.Steps.Select(s => new { step = s.Number, decider = s.Decider.ToSlug(), final = s.IsFinal, signed_by = a.Events.FirstOrDefault(e => e.Kind == ApprovalEventKind.Approved && e.Step == s.Number)?.Actor }).ToList();
        json["next_step"] = a.NextStep?.Number;
        c.Output.Json(json);
        return ExitCodes.Success;
    }

    /// <summary>A month as a person reads it: MM/yyyy (stored and JSON as yyyy-MM); text that is not a month is shown as is.</summary>
    public static string Month(YearMonth? month) => month is { } m ? VietnameseFormat.Month(m.Year, m.Month) : "—";

    public static string Month(string? month) => month is null ? "—" : YearMonth.TryParse(month, out var m) ? Month(m) : month;

    public static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
