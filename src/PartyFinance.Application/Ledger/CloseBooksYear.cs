using System.Globalization;
using PartyFinance.Application.Assets;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Ledger;

/// <summary>One unit's step as `close year` reports it.</summary>
public sealed record CloseStepReport(string Unit, CloseStep Step, CloseStepState State, string Detail);

/// <summary>What `close year` did: every unit's steps in order.</summary>
public sealed record CloseReport(int Year, DateOnly Date, IReadOnlyList<CloseStepReport> Steps)
{
    public bool Complete => Steps.All(s => s.State.IsSettled());

    public bool Failed => Steps.Any(s => s.State == CloseStepState.Failed);
}

/// <summary>Told as the close goes: a step starts (for how many units), its work is committed (its states not yet stored), its states are stored.</summary>
public interface ICloseObserver
{
    void Started(CloseStep step, int units);

    void Committed(CloseStep step);

    void Finished(CloseStep step, IReadOnlyList<CloseStepReport> reports);
}

/// <summary>
/// `close year --year Y [--unit U] [--date D]`: the year-end close of one unit, or of every unit that
/// existed in Y, in ordered steps, each idempotent and resumable: (a) the December wear run
/// (<see cref="RunWear"/>); (b) the wear revenue Nợ 36611 / Có 511, which the wear run posts with it,
/// so this step only checks each wear voucher has its revenue voucher; (c) revenue and expense into 911
/// and (c') 911 into 421, by activity and fund source (db/posting events close-revenue, close-expense,
/// close-result; accounts of db/posting/closing-accounts.csv); (d) the 008 carry-forward and
/// cancellation (<see cref="CloseYear"/>), which waits until the settlement-adjustment period is over —
/// the close then stops there: locking December before it would refuse its 31/12 entries, and next
/// year's openings wait for the final balances; (e) every month of Y locked; (f) next year's opening
/// balances from the closing balances (db/posting/opening-carry.csv), refused where openings already
/// imported differ. Each step's state per unit is stored (year_close_steps) after its work commits:
/// a step settled (done, skipped) is not run again; one killed between its commit and its state runs
/// again and finds nothing left to do (wear once per asset and year, closing vouchers keyed by their
/// content, lines already closed skipped, months already locked, openings equal to those stored).
/// </summary>
public sealed class CloseBooksYear(IYearCloseStore store, ILedgerQueries ledger, ILedgerStore books, PostVouchers poster, RunWear wear, CloseYear budget,
    IYearEndStore yearEnd, BudgetReference budgetReference, YearClosing closing, PostingRuleBook book, AccessGuard access, TimeProvider clock)
{
    private static readonly CloseStep[] Order =
        [CloseStep.Wear, CloseStep.WearRevenue, CloseStep.CloseToResult, CloseStep.ResultToSurplus, CloseStep.CarryForward, CloseStep.Lock, CloseStep.Opening];

    public async Task<Result<CloseReport>> RunAsync(int year, string? unit, DateOnly date, string by, ICloseObserver observer, CancellationToken ct)
    {
        unit = unit?.Trim();
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var alive = (await ledger.ListUnitsAsync(ct)).Where(u => u.ValidFrom <= last && (u.ValidTo is null || u.ValidTo >= first)).ToList();
        if (unit is not null && alive.All(u => u.Code != unit))
        {
            return new DomainError(LedgerErrors.UnitUnknown, $"Đơn vị '{unit}' không tồn tại trong năm {Y(year)}.", "unit");
        }

        var units = unit is null ? alive.Select(u => u.Code).Order(StringComparer.Ordinal).ToList() : [unit];
        _ends = alive.ToDictionary(u => u.Code, u => u.ValidTo is { } to && to < last ? to : last, StringComparer.Ordinal);
        var allowed = await access.CheckAsync(by, Permission.CloseYear, units.Select(u => (string?)u).ToList(), ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<CloseReport>(allowed.Errors);
        }

        var stored = (await store.StepsAsync(year, ct)).ToDictionary(s => (s.Unit, s.Step));
        var reports = new List<CloseStepReport>();
        foreach (var step in Order)
        {
            var blocked = new List<CloseStepReport>();
            var pending = new List<string>();
            foreach (var u in units)
            {
                if (stored.TryGetValue((u, step), out var s) && s.State.IsSettled())
                {
                    reports.Add(new CloseStepReport(u, step, s.State, s.Detail));
                }
                else if (Before(step) is { } previous && !(stored.TryGetValue((u, previous), out var p) && p.State.IsSettled()))
                {
                    blocked.Add(new CloseStepReport(u, step, CloseStepState.Waiting, $"Chờ bước trước ({previous.VietnameseName()})."));
                }
                else
                {
                    pending.Add(u);
                }
            }

            observer.Started(step, pending.Count);
            var outcome = pending.Count == 0 ? [] : await RunStepAsync(step, year, unit, pending, date, by, ct);
            observer.Committed(step);
            var now = clock.GetUtcNow();
            var records = outcome.Select(o => new CloseStepRecord(o.Unit, year, step, o.State, o.Detail, by, now)).ToList();
            if (records.Count > 0)
            {
                await store.SaveStepsAsync(records, ct);
            }

            foreach (var r in records)
            {
                stored[(r.Unit, step)] = r;
            }

            var done = outcome.Concat(blocked).ToList();
            reports.AddRange(done);
            observer.Finished(step, done);
        }

        var order = units.Select((u, i) => (u, i)).ToDictionary(x => x.u, x => x.i, StringComparer.Ordinal);
        return Result.Success(new CloseReport(year, date, reports.OrderBy(r => order[r.Unit]).ThenBy(r => Array.IndexOf(Order, r.Step)).ToList()));
    }

    /// <summary>The last day of the year each unit kept books: 31/12, or its end date when it ended during the year.</summary>
    private Dictionary<string, DateOnly> _ends = new(StringComparer.Ordinal);

    private static CloseStep? Before(CloseStep step) => Array.IndexOf(Order, step) is > 0 and var i ? Order[i - 1] : null;

    private Task<List<CloseStepReport>> RunStepAsync(CloseStep step, int year, string? unit, List<string> units, DateOnly date, string by, CancellationToken ct) => step switch
    {
        CloseStep.Wear => WearAsync(year, unit, units, by, ct),
        CloseStep.WearRevenue => WearRevenueAsync(year, unit, units, ct),
        CloseStep.CloseToResult => PostClosingAsync(step, year, unit, units, by, ct),
        CloseStep.ResultToSurplus => PostClosingAsync(step, year, unit, units, by, ct),
        CloseStep.CarryForward => CarryForwardAsync(year, units, date, by, ct),
        CloseStep.Lock => LockAsync(year, units, by, ct),
        CloseStep.Opening => OpeningAsync(year, unit, units, by, ct),
    };

    /// <summary>(a) The wear run: the whole province at once when every unit is due, else unit by unit.</summary>
    private async Task<List<CloseStepReport>> WearAsync(int year, string? unit, List<string> units, string by, CancellationToken ct)
    {
        var runs = new List<(IReadOnlyList<string> Units, Result<WearRunReport> Run)>();
        if (unit is null && units.Count > 1)
        {
            runs.Add((units, await wear.RunAsync(year, null, by, ct)));
        }
        else
        {
            foreach (var u in units)
            {
                runs.Add(([u], await wear.RunAsync(year, u, by, ct)));
            }
        }

        var posted = await store.VouchersByKeyAsync(year, unit, units.Select(u => $"HM-{u}-{Y(year)}-").ToList(), ct);
        var reports = new List<CloseStepReport>();
        foreach (var (covered, run) in runs)
        {
            if (run.IsFailure)
            {
                reports.AddRange(covered.Select(u => new CloseStepReport(u, CloseStep.Wear, CloseStepState.Failed, Messages(run.Errors))));
                continue;
            }

            var failed = run.Value.Failed.Count > 0
                ? "Không tính được hao mòn: " + string.Join("; ", run.Value.Failed.Select(f => $"{f.Code}: {f.Reason}"))
                : null;
            foreach (var u in covered)
            {
                // Described from the books, not from this run: a rerun after an interruption reads the same.
                var vouchers = posted.Where(v => v.Unit == u && v.Key.StartsWith($"HM-{u}-{Y(year)}-", StringComparison.Ordinal)).OrderBy(v => v.Number, StringComparer.Ordinal).ToList();
                var detail = vouchers.Count == 0
                    ? "Không có tài sản phải tính hao mòn trong năm."
                    : $"Hao mòn {VietnameseFormat.Amount(vouchers.Sum(v => v.Amount))}: chứng từ {string.Join(", ", vouchers.Select(v => v.Number))}.";
                reports.Add(failed is null
                    ? new CloseStepReport(u, CloseStep.Wear, CloseStepState.Done, detail)
                    : new CloseStepReport(u, CloseStep.Wear, CloseStepState.Failed, failed));
            }
        }

        return reports;
    }

    /// <summary>(b) The wear run posts Nợ 36611 / Có 511 with every wear voucher (asset-wear-revenue): checked, not posted again.</summary>
    private async Task<List<CloseStepReport>> WearRevenueAsync(int year, string? unit, List<string> units, CancellationToken ct)
    {
        var vouchers = await store.VouchersByKeyAsync(year, unit, units.SelectMany(u => new[] { $"HM-{u}-{Y(year)}-", $"KCHM-{u}-{Y(year)}-" }).ToList(), ct);
        var reports = new List<CloseStepReport>();
        foreach (var u in units)
        {
            var wearKeys = vouchers.Where(v => v.Unit == u && v.Key.StartsWith($"HM-{u}-{Y(year)}-", StringComparison.Ordinal)).ToList();
            var revenue = vouchers.Where(v => v.Unit == u && v.Key.StartsWith($"KCHM-{u}-{Y(year)}-", StringComparison.Ordinal)).ToDictionary(v => v.Key[2..], v => v.Number, StringComparer.Ordinal);
            var missing = wearKeys.Where(w => !revenue.ContainsKey(w.Key)).Select(w => w.Number).ToList();
            reports.Add(missing.Count > 0
                ? new CloseStepReport(u, CloseStep.WearRevenue, CloseStepState.Failed,
                    $"Chứng từ hao mòn {string.Join(", ", missing)} chưa có chứng từ kết chuyển Nợ 36611 / Có 511 tương ứng (asset-wear-revenue).")
                : new CloseStepReport(u, CloseStep.WearRevenue, CloseStepState.Skipped, revenue.Count == 0
                    ? "Không có hao mòn trong năm, không có gì kết chuyển."
                    : $"Đã ghi cùng bước hao mòn: chứng từ {string.Join(", ", revenue.Values.Order(StringComparer.Ordinal))}."));
        }

        return reports;
    }

    /// <summary>(c) revenue and expense into 911, or (c') 911 into 421: one voucher per unit, from what is left to close.</summary>
    private async Task<List<CloseStepReport>> PostClosingAsync(CloseStep step, int year, string? unit, List<string> units, string by, CancellationToken ct)
    {
        var toResult = step == CloseStep.CloseToResult;
        var balances = await store.YearBalancesAsync(year, unit, toResult ? closing.ClosedClasses(year) : closing.ResultClasses(year), ct);
        var reports = new List<CloseStepReport>();
        var drafts = new List<VoucherDraft>();
        var closed = new List<string>();
        foreach (var u in units)
        {
            var mine = balances.Where(b => b.Unit == u).ToList();
            var draft = toResult ? closing.ClosingVoucher(book, u, year, mine, _ends[u]) : closing.ResultVoucher(book, u, year, mine, _ends[u]);
            if (draft.IsFailure)
            {
                reports.Add(new CloseStepReport(u, step, CloseStepState.Failed, Messages(draft.Errors)));
            }
            else
            {
                if (draft.Value is { } d)
                {
                    drafts.Add(d);
                }

                closed.Add(u);
            }
        }

        // All units in one session; if one is refused, each unit is posted alone so the others still close.
        var refused = new Dictionary<string, IReadOnlyList<DomainError>>(StringComparer.Ordinal);
        if (drafts.Count > 0 && !(await poster.RunAsync(drafts, [], drafts.Count, by, null, ct)).Succeeded)
        {
            foreach (var d in drafts)
            {
                var alone = await poster.RunAsync([d], [], 1, by, null, ct);
                if (!alone.Succeeded)
                {
                    refused[d.UnitCode] = alone.Errors;
                }
            }
        }

        // Described from the books (every closing voucher of the unit and year), so a rerun reads the same.
        var prefix = toResult ? "KC911" : "KC421";
        var posted = await store.VouchersByKeyAsync(year, unit, closed.Select(u => $"{prefix}-{u}-{Y(year)}-").ToList(), ct);
        foreach (var u in closed)
        {
            var mine = posted.Where(v => v.Unit == u && v.Key.StartsWith($"{prefix}-{u}-{Y(year)}-", StringComparison.Ordinal)).OrderBy(v => v.Number, StringComparer.Ordinal).ToList();
            reports.Add(refused.TryGetValue(u, out var errors)
                ? new CloseStepReport(u, step, CloseStepState.Failed, Messages(errors) + LockedHint(u, _ends[u], errors))
                : new CloseStepReport(u, step, CloseStepState.Done, mine.Count == 0
                    ? toResult ? "Không có số dư thu, chi phí phải kết chuyển." : "TK 911 không có số dư phải kết chuyển."
                    : $"Chứng từ {string.Join(", ", mine.Select(v => v.Number))}, {VietnameseFormat.Amount(mine.Sum(v => v.Amount))}."));
        }

        return reports;
    }

    /// <summary>(d) 008 carry-forward and cancellation, only once the settlement-adjustment period is over.</summary>
    private async Task<List<CloseStepReport>> CarryForwardAsync(int year, List<string> units, DateOnly date, string by, CancellationToken ct)
    {
        var end = budgetReference.Calendar.SettlementAdjustmentEnd(year);
        if (end.IsFailure)
        {
            return units.Select(u => new CloseStepReport(u, CloseStep.CarryForward, CloseStepState.Failed, Messages(end.Errors))).ToList();
        }

        if (date <= end.Value)
        {
            var from = VietnameseFormat.Date(end.Value.AddDays(1));
            return units.Select(u => new CloseStepReport(u, CloseStep.CarryForward, CloseStepState.Waiting,
                $"Chờ đến ngày {from}: thời gian chỉnh lý quyết toán năm {Y(year)} kéo dài đến {VietnameseFormat.Date(end.Value)}; chạy lại close year từ ngày đó (khóa sổ và số dư đầu năm chờ bước này).")).ToList();
        }

        var reports = new List<CloseStepReport>();
        foreach (var u in units)
        {
            var closed = await budget.RunAsync(u, year, by, date, ct);
            if (closed.IsFailure)
            {
                // A unit that ended in the year closes its lines on its last day; the others at the end of the adjustment period.
                var on = _ends[u] < new DateOnly(year, 12, 31) ? _ends[u] : end.Value;
                reports.Add(new CloseStepReport(u, CloseStep.CarryForward, CloseStepState.Failed, Messages(closed.Errors) + LockedHint(u, on, closed.Errors)));
                continue;
            }

            await yearEnd.SaveYearEndAsync(closed.Value, by, clock.GetUtcNow(), ct);
            var all = await yearEnd.YearEndAsync(u, year, ct);
            reports.Add(new CloseStepReport(u, CloseStep.CarryForward, CloseStepState.Done, all.Count == 0
                ? "Không có dòng dự toán năm này."
                : $"Chuyển nguồn {VietnameseFormat.Amount(all.Sum(l => l.Carried))}; hủy {VietnameseFormat.Amount(all.Sum(l => l.Cancelled))}; {all.Count} dòng dự toán."));
        }

        return reports;
    }

    /// <summary>(e) Every month of the year in which the unit existed, locked; ten units per session (a session tracks what it writes).</summary>
    private async Task<List<CloseStepReport>> LockAsync(int year, List<string> units, string by, CancellationToken ct)
    {
        var reports = new List<CloseStepReport>();
        foreach (var chunk in units.Chunk(10))
        {
            await using var session = await books.BeginAsync(ct);
            var now = clock.GetUtcNow();
            var changed = false;
            foreach (var u in chunk)
            {
                var life = session.Catalog.Units.First(x => x.Code == u);
                var months = 0;
                for (var month = 1; month <= 12; month++)
                {
                    var (first, last) = (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
                    if (last < life.ValidFrom || (life.ValidTo is { } closed && first > closed))
                    {
                        continue;
                    }

                    months++;
                    var period = await session.LoadPeriodAsync(u, year, month, ct);
                    if (!period.IsLocked && period.Lock(by, now) is { IsSuccess: true } change)
                    {
                        await session.AppendPeriodEventAsync(period, change.Value, ct);
                        changed = true;
                    }
                }

                reports.Add(new CloseStepReport(u, CloseStep.Lock, CloseStepState.Done, $"Đã khóa sổ cả {months} tháng của năm {Y(year)}."));
            }

            // Nothing to lock (a rerun): no commit, so a rerun leaves the books exactly as they were.
            if (changed)
            {
                await session.CommitAsync(null, ct);
            }
        }

        return reports;
    }

    /// <summary>(f) Next year's opening balances from this year's closing balances; openings already stored must agree.</summary>
    private async Task<List<CloseStepReport>> OpeningAsync(int year, string? unit, List<string> units, string by, CancellationToken ct)
    {
        var balances = await store.ClosingBalancesAsync(year, unit, ct);
        var reports = new List<CloseStepReport>();
        await using var session = await books.BeginAsync(ct);
        var fresh = new List<OpeningBalanceLine>();
        var now = clock.GetUtcNow();
        foreach (var u in units)
        {
            if (_ends[u] < new DateOnly(year, 12, 31))
            {
                reports.Add(new CloseStepReport(u, CloseStep.Opening, CloseStepState.Skipped,
                    $"Đơn vị kết thúc hoạt động ngày {VietnameseFormat.Date(_ends[u])}: không có số dư đầu năm {Y(year + 1)} (số dư bàn giao cho đơn vị kế tục ghi bằng chứng từ)."));
                continue;
            }

            var computed = closing.Openings(u, year, balances.Where(b => b.Unit == u));
            if (computed.IsFailure)
            {
                reports.Add(new CloseStepReport(u, CloseStep.Opening, CloseStepState.Failed, Messages(computed.Errors)));
                continue;
            }

            var lines = computed.Value;
            var existing = await session.LoadOpeningBalancesAsync(u, year + 1, ct);
            if (existing.Count > 0)
            {
                var diff = Differences(existing, lines);
                reports.Add(diff.Count == 0
                    ? new CloseStepReport(u, CloseStep.Opening, CloseStepState.Done, Written(year, existing))
                    : new CloseStepReport(u, CloseStep.Opening, CloseStepState.Failed,
                        $"Đơn vị '{u}' đã có số dư đầu năm {Y(year + 1)} (nạp bằng balance import) khác số dư cuối năm {Y(year)} tính từ sổ: {string.Join("; ", diff)}. "
                        + $"Điều chỉnh sổ năm {Y(year)} hoặc số dư đã nạp rồi chạy lại. [{ClosingErrors.OpeningConflict}]"));
                continue;
            }

            var problems = OpeningBalanceRules.Check(lines, session.Catalog);
            if (problems.Count > 0)
            {
                reports.Add(new CloseStepReport(u, CloseStep.Opening, CloseStepState.Failed, Messages(problems)));
                continue;
            }

            fresh.AddRange(lines);
            session.Audit("opening_balances", $"{u}/{Y(year + 1)}", "close-year", $"{lines.Count} tài khoản từ số dư cuối năm {Y(year)}", by, now);
            reports.Add(new CloseStepReport(u, CloseStep.Opening, CloseStepState.Done, Written(year, lines)));
        }

        if (fresh.Count > 0)
        {
            if (await session.AddOpeningBalancesAsync(fresh, ct) is { } tooMuch)
            {
                // Nothing is written: every unit whose opening was to be written in this step reports the refusal.
                var writing = fresh.Select(l => l.UnitCode).ToHashSet(StringComparer.Ordinal);
                return reports.ConvertAll(r => r.Step == CloseStep.Opening && r.State == CloseStepState.Done && writing.Contains(r.Unit)
                    ? r with { State = CloseStepState.Failed, Detail = tooMuch.Message + " [" + tooMuch.Code + "]" } : r);
            }

            await session.CommitAsync(null, ct);
        }

        return reports;
    }

    private static string Written(int year, IReadOnlyList<OpeningBalanceLine> lines) => lines.Count == 0
        ? $"Không có số dư chuyển sang năm {Y(year + 1)}."
        : $"Số dư đầu năm {Y(year + 1)}: {lines.Count} tài khoản, bằng số dư cuối năm {Y(year)}.";

    private static List<string> Differences(IReadOnlyList<OpeningBalanceLine> stored, IReadOnlyList<OpeningBalanceLine> computed)
    {
        var a = stored.ToDictionary(l => l.AccountCode, l => l.Debit - l.Credit, StringComparer.Ordinal);
        var b = computed.ToDictionary(l => l.AccountCode, l => l.Debit - l.Credit, StringComparer.Ordinal);
        return a.Keys.Union(b.Keys).Order(StringComparer.Ordinal).Where(k => a.GetValueOrDefault(k) != b.GetValueOrDefault(k))
            .Select(k => $"TK {k} đã nạp {Side(a.GetValueOrDefault(k))}, tính được {Side(b.GetValueOrDefault(k))}").ToList();
    }

    private static string Side(long net) => net == 0 ? "0 đ" : net > 0 ? "Nợ " + VietnameseFormat.Amount(net) : "Có " + VietnameseFormat.Amount(-net);

    /// <summary>
    /// The closing entries of a unit are dated on its last day (31/12, or the day it ended), its 008 year-end entries at the
    /// end of the adjustment period (or the day it ended); when that month is locked the accountant must open it for them — said with the command, since the lock step of the same close locks it again.
    /// </summary>
    private static string LockedHint(string unit, DateOnly date, IReadOnlyList<DomainError> errors) => errors.Any(e => e.Code == LedgerErrors.PeriodLocked)
        ? $" Bút toán của bước này cho đơn vị '{unit}' ghi ngày {VietnameseFormat.Date(date)}: người có quyền mở khóa kỳ đó "
          + $"(partyfinance period unlock --unit {unit} --month {date.ToString("MM/yyyy", CultureInfo.InvariantCulture)} --reason \"Ghi bút toán kết chuyển cuối năm\") "
          + "rồi chạy lại close year; bước khóa sổ của lần chạy đó khóa lại kỳ."
        : string.Empty;

    private static string Messages(IEnumerable<DomainError> errors) => string.Join(" ", errors.Select(e => $"{e.Describe()} [{e.Code}]"));

    private static string Y(int n) => n.ToString(CultureInfo.InvariantCulture);
}
