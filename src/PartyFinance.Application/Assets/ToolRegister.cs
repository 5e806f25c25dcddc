using System.Globalization;
using PartyFinance.Application.Authority;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Assets;

/// <summary>
/// `tool receive|issue|close-year`: the tools register (công cụ, dụng cụ, TT 141/2025 Art. 3.2 — items
/// below the fixed-asset threshold of the year's wear regime). Each change posts its voucher in the
/// same transaction as the register's history: receipt Nợ 153 / Có 36612 (tool-receipt, received in
/// kind; tool-purchase-cash|bank for money of a fund kept outside the estimate — Party funds: Nợ 153 /
/// Có 111|112, Nợ 353 / Có 36612), issue to use Nợ 611x / Có 153 (tool-issue), and at year end Nợ 36612 /
/// Có 511x for the value issued in the year (tool-year-end). A purchase from the estimate goes through
/// `spend request` / `spend pay` (<see cref="AssetPurchasing"/>), so the budget sees it.
/// </summary>
public sealed class ToolRegister(IToolStore store, AssetReference reference, PostingRuleBook book, AccessGuard access, TimeProvider clock)
{
    public async Task<Result<ToolChanged>> ReceiveAsync(ToolReceipt input, CancellationToken ct)
    {
        var allowed = await access.CheckAsync(input.By, Permission.ToolReceive, input.Unit, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<ToolChanged>(allowed.Errors);
        }

        var errors = new List<DomainError>();
        var regime = reference.Regimes.Where(r => r.Governs(input.Date.Year)).MaxBy(r => r.ValidFrom);
        if (regime is null)
        {
            errors.Add(new DomainError(AssetErrors.RegimeMissing, $"Chưa có chế độ hao mòn cho năm {Y(input.Date.Year)} trong db/assets/wear-regimes.csv.", "date"));
        }
        else if (input.LifeMonths is <= 0)
        {
            errors.Add(ToolErrors.Error(ToolErrors.BadField, "Thời gian sử dụng --life-months phải là số tháng dương.", "life-months"));
        }
        else if (!ToolRecognition.IsTool(input.UnitCost, regime, lifeMonths: input.LifeMonths))
        {
            errors.Add(ToolErrors.Error(ToolErrors.FixedAsset,
                $"Đơn giá {VietnameseFormat.Amount(input.UnitCost)} không dưới ngưỡng tài sản cố định {ToolRecognition.Threshold(regime)} ({regime.Source.Split(',')[0]}): " +
                $"đây là tài sản cố định — ghi bằng asset import hoặc đề nghị chi mua sắm tài sản; nếu thời gian sử dụng dưới {Y(regime.MinimumLifeYears)} năm thì ghi --life-months.", "unit-cost"));
        }

        if (input.Quantity <= 0)
        {
            errors.Add(ToolErrors.Error(ToolErrors.BadField, "Số lượng nhập kho phải dương.", "quantity"));
        }

        var line = input.Line;
        if (input.Payment != ToolPayment.None
            && book.Accounts.Resolve("temporary-receipt", line.FundSource, line.Autonomy, EstimateYear.Current, line.BudgetItem, input.Date) is { IsSuccess: true, Value.Posts: true })
        {
            errors.Add(ToolErrors.Error(ToolErrors.ThroughSpending,
                $"Nguồn {line.FundSource} chi qua dự toán: mua công cụ, dụng cụ bằng đề nghị chi trên mục mua sắm (spend request … --asset-class … --asset-name …), " +
                "khi thanh toán sẽ nhập kho; tool receive --payment cash|bank chỉ dùng cho nguồn ngoài dự toán (kinh phí của Đảng).", "payment"));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<ToolChanged>(errors);
        }

        var value = checked(input.UnitCost * input.Quantity);
        return await store.InWorkAsync(async work =>
        {
            if (!work.UnitExists(input.Unit, input.Date))
            {
                return Result.Failure<ToolChanged>(ToolErrors.Error(ToolErrors.BadField, $"Đơn vị '{input.Unit}' không tồn tại ngày {VietnameseFormat.Date(input.Date)}.", "unit"));
            }

            var at = clock.GetUtcNow();
            var tool = await work.FindAsync(input.Code.Trim(), ct);
            if (tool is null)
            {
                var opened = Tool.Open(input.Code, input.Name ?? string.Empty, input.Unit, input.Measure ?? string.Empty, line, Trimmed(input.Location),
                    ToolEventKind.Receipt, input.Date, input.Quantity, value, Trimmed(input.Custodian), Trimmed(input.Reason), input.By, at);
                if (opened.IsFailure)
                {
                    return Result.Failure<ToolChanged>(opened.Errors);
                }

                tool = opened.Value;
            }
            else
            {
                var received = tool.Receive(input.Date, input.Unit, line, input.Quantity, value, Trimmed(input.Custodian), Trimmed(input.Reason), input.By, at);
                if (received.IsFailure)
                {
                    return Result.Failure<ToolChanged>(received.Errors);
                }
            }

            var @event = input.Payment switch
            {
                ToolPayment.None => ToolPosting.Receipt,
                ToolPayment.Cash => ToolPosting.PurchaseCash,
                ToolPayment.Bank => ToolPosting.PurchaseBank,
            };
            return await PostAndSaveAsync(work, tool, @event, $"CCDC-NK-{tool.Code}-{Y(tool.Events.Count)}",
                $"Nhập kho công cụ, dụng cụ {tool.Code} ({tool.Name}): {Y(input.Quantity)} {tool.Measure}", value, input.Date, input.By, ct);
        }, ct);
    }

    public async Task<Result<ToolChanged>> IssueAsync(string code, DateOnly date, int quantity, string? custodian, string? reason, string by, CancellationToken ct)
    {
        var found = await store.FindAsync(code.Trim(), ct);
        if (found is null)
        {
            return NotFound(code);
        }

        var allowed = await access.CheckAsync(by, Permission.ToolIssue, found.Unit, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<ToolChanged>(allowed.Errors);
        }

        return await store.InWorkAsync(async work =>
        {
            var tool = (await work.FindAsync(found.Code, ct))!;
            var issued = tool.Issue(date, quantity, Trimmed(custodian), Trimmed(reason), by, clock.GetUtcNow());
            if (issued.IsFailure)
            {
                return Result.Failure<ToolChanged>(issued.Errors);
            }

            return await PostAndSaveAsync(work, tool, ToolPosting.Issue, $"CCDC-XK-{tool.Code}-{Y(tool.Events.Count)}",
                $"Xuất dùng công cụ, dụng cụ {tool.Code} ({tool.Name}): {Y(quantity)} {tool.Measure}" + (Trimmed(custodian) is { } c ? $" cho {c}" : string.Empty),
                issued.Value, date, by, ct);
        }, ct);
    }

    /// <summary>
    /// Year end (H153 §3.15): per unit one voucher dated 31/12 Nợ 36612 / Có 511x for the value issued in
    /// <paramref name="year"/> not yet recognised; a rerun recognises only what was issued since.
    /// </summary>
    public async Task<Result<IReadOnlyList<ToolYearEnd>>> CloseYearAsync(int year, string? unit, string by, CancellationToken ct)
    {
        var tools = await store.ListAsync(unit, ct);
        var units = tools.Where(t => t.UnrecognisedIn(year) != 0).Select(t => (string?)t.Unit).Distinct().ToList();
        var allowed = await access.CheckAsync(by, Permission.ToolCloseYear, units.Count > 0 ? units : [unit], ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<IReadOnlyList<ToolYearEnd>>(allowed.Errors);
        }

        var date = new DateOnly(year, 12, 31);
        return await store.InWorkAsync(async work =>
        {
            if (unit is not null && !work.UnitExists(unit, date) && !work.UnitExists(unit, new DateOnly(year, 1, 1)))
            {
                return Result.Failure<IReadOnlyList<ToolYearEnd>>(ToolErrors.Error(ToolErrors.BadField, $"Đơn vị '{unit}' không tồn tại trong năm {Y(year)}.", "unit"));
            }

            var done = new List<ToolYearEnd>();
            var at = clock.GetUtcNow();
            foreach (var ofUnit in (await work.ListAsync(unit, ct)).GroupBy(t => t.Unit, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var closed = ofUnit.Select(t => (Tool: t, Value: t.CloseYear(year, by, at))).Where(p => p.Value != 0).ToList();
                if (closed.Count == 0)
                {
                    continue;
                }

                var key = $"CCDC-KC-{ofUnit.Key}-{Y(year)}-{Y(ofUnit.Sum(t => t.Events.Count))}";
                var draft = ToolPosting.Voucher(book, ToolPosting.YearEnd, key, ofUnit.Key, date,
                    $"Kết chuyển giá trị công cụ, dụng cụ xuất dùng năm {Y(year)} ({Y(closed.Count)} công cụ, dụng cụ)", closed.Select(p => (p.Tool.Line, p.Value)));
                if (draft.IsFailure)
                {
                    return Result.Failure<IReadOnlyList<ToolYearEnd>>(draft.Errors);
                }

                var voucher = await work.PostAsync(draft.Value, by, ct);
                if (voucher.IsFailure)
                {
                    return Result.Failure<IReadOnlyList<ToolYearEnd>>(voucher.Errors);
                }

                foreach (var (tool, _) in closed)
                {
                    tool.NameVoucher(voucher.Value);
                }

                var saved = await work.SaveAsync(closed.Select(p => p.Tool).ToList(), ct);
                if (saved.IsFailure)
                {
                    return Result.Failure<IReadOnlyList<ToolYearEnd>>(saved.Errors);
                }

                done.Add(new ToolYearEnd(ofUnit.Key, checked(closed.Sum(p => p.Value)), closed.Count, voucher.Value));
            }

            return Result.Success<IReadOnlyList<ToolYearEnd>>(done);
        }, ct);
    }

    private async Task<Result<ToolChanged>> PostAndSaveAsync(IToolWork work, Tool tool, string @event, string key, string description, long value, DateOnly date,
        string by, CancellationToken ct)
    {
        var draft = ToolPosting.Voucher(book, @event, key, tool.Unit, date, description, [(tool.Line, value)]);
        if (draft.IsFailure)
        {
            return Result.Failure<ToolChanged>(draft.Errors);
        }

        var voucher = await work.PostAsync(draft.Value, by, ct);
        if (voucher.IsFailure)
        {
            return Result.Failure<ToolChanged>(voucher.Errors);
        }

        tool.NameVoucher(voucher.Value);
        var saved = await work.SaveAsync([tool], ct);
        return saved.IsFailure ? Result.Failure<ToolChanged>(saved.Errors) : Result.Success(new ToolChanged(tool, value, voucher.Value));
    }

    private static Result<ToolChanged> NotFound(string code) =>
        ToolErrors.Error(ToolErrors.NotFound, $"Không có công cụ, dụng cụ mã '{code}' trong sổ (xem: partyfinance tool list).", "code");

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Y(long n) => n.ToString(CultureInfo.InvariantCulture);
}
