using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// Closes a unit's budget year once its settlement-adjustment period is over (calendar data):
/// per line, under the lock of the line and of next year's carried-over line, carries forward what
/// db/budget/carry-forward.csv allows, cancels the rest and moves or cancels approved requests.
/// Returns the report of both, per line, with the citation. Lines close in groups of
/// <see cref="LinesPerTransaction"/>, each group in one transaction; a rerun skips lines already closed, so an interrupted close can simply be run again. The books
/// move with the line in the same transaction (<see cref="YearEndPosting"/>): 0082 rolled to 0081,
/// then carried forward to the next year's carried-over line or cancelled.
/// </summary>
public sealed class CloseYear(IBudgetStore store, BudgetReference reference, IVoucherPoster ledger, TimeProvider time)
{
    /// <summary>
    /// Lines closed in one transaction: a line is closed in full or not at all, and a rerun skips the closed ones, so a
    /// group commits or rolls back as one; groups keep a unit's transaction bounded however many lines it has.
    /// </summary>
    public const int LinesPerTransaction = 50;

    public async Task<Result<IReadOnlyList<CarryForwardLine>>> RunAsync(string unit, int year, string by, DateOnly today, CancellationToken ct)
    {
        var end = reference.Calendar.SettlementAdjustmentEnd(year);
        if (end.IsFailure)
        {
            return Result.Failure<IReadOnlyList<CarryForwardLine>>(end.Errors);
        }

        if (today <= end.Value)
        {
            return BudgetErrors.Error(BudgetErrors.SettlementPeriodOpen,
                $"Thời gian chỉnh lý quyết toán năm {year.ToString(System.Globalization.CultureInfo.InvariantCulture)} kéo dài đến {VietnameseFormat.Date(end.Value)}; chưa thể chuyển nguồn/hủy dự toán.", "date");
        }

        // A unit that ended during the year (merged away on 28/02) has no next year to carry into and can post nothing after
        // its last day: what is left of its lines is cancelled on that day (its successor works on its own estimate).
        DateOnly? ended = await store.UnitEndAsync(unit, ct) is { } to && to < new DateOnly(year, 12, 31) ? to : null;
        var report = new List<CarryForwardLine>();
        var open = (await store.LinesAsync(unit, year, ct)).Where(l => !l.Movements.Any(m => m.Kind is MovementKind.CarryForwardOut or MovementKind.Cancellation)).Select(l => l.Key);
        foreach (var group in open.Chunk(LinesPerTransaction))
        {
            var locks = group.Concat(group.Select(k => YearEndPosting.TargetOf(k, reference.Posting))).ToList();
            var outcome = await store.InLockedLinesAsync(locks, async locked =>
            {
                var closed = new List<CarryForwardLine>(group.Length);
                foreach (var key in group)
                {
                    var line = await CloseLineAsync(locked, key, ended, end.Value, by, today, ct);
                    if (line.IsFailure)
                    {
                        return Result.Failure<List<CarryForwardLine>>(line.Errors);
                    }

                    closed.Add(line.Value);
                }

                return Result.Success(closed);
            }, ct);
            if (outcome.IsFailure)
            {
                return Result.Failure<IReadOnlyList<CarryForwardLine>>(outcome.Errors);
            }

            report.AddRange(outcome.Value);
        }

        return Result.Success<IReadOnlyList<CarryForwardLine>>(report);
    }

    /// <summary>One line of the group: carried forward or cancelled, its vouchers posted and its requests moved, in the group's unit of work.</summary>
    private async Task<Result<CarryForwardLine>> CloseLineAsync(LockedLines locked, BudgetLineKey key, DateOnly? ended, DateOnly end, string by, DateOnly today, CancellationToken ct)
    {
        var carryTo = YearEndPosting.TargetOf(key, reference.Posting);
        var line = locked.Find(key)!;
        var requests = (await store.RequestsOfLineAsync(key, ct)).Where(r => r.Status == SpendingStatus.Approved).ToList();
        // Estimate carried into this year is not carried again: what is left of it is cancelled.
        // So is every line of a unit that ended in the year.
        var rules = key.CarriedOver || ended is not null ? reference.CarryForward.Where(r => r.Rule == CarryForwardRule.Cancellation).ToList() : reference.CarryForward;
        var decision = YearEndClose.Classify(line, requests, rules);
        // An ended unit carries nothing: no line of a next year it will not have is opened for it.
        // Two lines of a group may share their target (this year's carried-over line and the ordinary one): the second finds the first's.
        var target = locked.Find(carryTo) ?? (ended is null ? locked.Add(BudgetLine.Open(carryTo, line.ControlMode)) : BudgetLine.Open(carryTo, line.ControlMode));
        var applied = YearEndClose.Apply(decision, line, target, requests, by, time.GetUtcNow(), today);
        if (applied.IsFailure)
        {
            return Result.Failure<CarryForwardLine>(applied.Errors);
        }

        var vouchers = YearEndPosting.Vouchers(decision, await store.BooksAsync(key, ct), new Domain.Posting.EstimateAttribution(reference.Posting, reference.Calendar),
            reference.Posting, end, ended);
        if (vouchers.IsFailure)
        {
            return Result.Failure<CarryForwardLine>(vouchers.Errors);
        }

        foreach (var draft in vouchers.Value)
        {
            var posted = await ledger.PostAsync(draft, by, ct);
            if (posted.IsFailure)
            {
                return Result.Failure<CarryForwardLine>(posted.Errors);
            }
        }

        foreach (var r in requests)
        {
            var saved = await store.SaveRequestAsync(r, ct);
            if (saved.IsFailure)
            {
                return Result.Failure<CarryForwardLine>(saved.Errors);
            }
        }

        return Result.Success(decision);
    }
}
