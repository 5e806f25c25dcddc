using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// End of the settlement-adjustment period (Luật 89/2025 Art. 66.2–66.3): unspent estimate is
/// carried forward where a data rule allows it, the rest cancelled. Paid but unsettled advances
/// keep their commitment on the old line (they are repaid or settled, TT 26/2026 Art. 19).
/// </summary>
public static class YearEndClose
{
    public static CarryForwardLine Classify(BudgetLine line, IReadOnlyList<SpendingRequest> approved, IReadOnlyList<CarryForwardRule> rules)
    {
        var open = approved.Where(r => r.Status == SpendingStatus.Approved && r.Key == line.Key).ToList();
        var year = line.Key.Year;
        var autonomous = rules.FirstOrDefault(r => r.Rule == CarryForwardRule.AutonomousFunding && r.AppliesTo(year));
        if (line.Key.Autonomy == Autonomy.Autonomous && autonomous is not null)
        {
            // Only a Warn line can be overdrawn; it carries nothing beyond zero.
            return new CarryForwardLine(line.Key, Math.Max(0, line.Available + open.Sum(r => r.Amount)), 0, autonomous.Citation, null,
                open.Select(r => r.Id).ToList(), []);
        }

        var cancelCitation = rules.FirstOrDefault(r => r.Rule == CarryForwardRule.Cancellation && r.AppliesTo(year))?.Citation
            ?? "(db/budget/carry-forward.csv chưa có quy tắc hủy dự toán cho năm này)";
        var contract = rules.FirstOrDefault(r => r.Rule == CarryForwardRule.ContractSignedByYearEnd && r.AppliesTo(year));
        var yearEnd = new DateOnly(year, 12, 31);
        var carried = contract is null ? [] : open.Where(r => r.ContractSignedOn is { } d && d <= yearEnd).ToList();
        var cancelled = open.Except(carried).ToList();
        var unspent = Math.Max(0, line.Available + open.Sum(r => r.Amount));
        var carriedAmount = Math.Min(carried.Sum(r => r.Amount), unspent);
        var cancelAmount = unspent - carriedAmount;
        return new CarryForwardLine(line.Key, carriedAmount, cancelAmount,
            carried.Count > 0 ? contract!.Citation : null, cancelAmount > 0 || cancelled.Count > 0 ? cancelCitation : null,
            carried.Select(r => r.Id).ToList(), cancelled.Select(r => r.Id).ToList());
    }

    /// <summary>
    /// Applies a classification: releases the moved/cancelled commitments, records the carry-out and
    /// cancellation on the old line, the carry-in on <paramref name="target"/>, and re-commits carried requests there.
    /// </summary>
    public static Result Apply(CarryForwardLine decision, BudgetLine line, BudgetLine target, IReadOnlyList<SpendingRequest> requests,
        string by, DateTimeOffset at, DateOnly closeDate)
    {
        if (target.Key != line.Key.CarryTarget() && target.Key != line.Key with { Year = line.Key.Year + 1 })
        {
            throw new InvalidOperationException("Carry-forward goes to the next year's carried-over line of the same classification.");
        }

        if (line.Movements.Any(m => m.Kind is MovementKind.CarryForwardOut or MovementKind.Cancellation))
        {
            return Result.Failure(BudgetErrors.Error(BudgetErrors.AlreadyClosed, $"Dòng dự toán {line.Key} đã được khóa sổ cuối năm."));
        }

        var byId = requests.ToDictionary(r => r.Id);
        foreach (var id in decision.CancelledRequests)
        {
            Must(byId[id].Cancel(line, by, at, decision.CancelReason));
        }

        foreach (var id in decision.CarriedRequests)
        {
            Must(line.Void(id));
            Must(byId[id].CarryOver(target.Key, by, at, decision.CarryCitation ?? string.Empty));
        }

        var decisionNo = "KHOA-SO-" + line.Key.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (decision.Carried > 0)
        {
            Must(line.Record(new BudgetMovement(MovementKind.CarryForwardOut, -decision.Carried, decisionNo, closeDate, decision.CarryCitation)));
            Must(target.Record(new BudgetMovement(MovementKind.CarryForwardIn, decision.Carried, decisionNo, closeDate, decision.CarryCitation)));
        }

        if (decision.Cancelled > 0)
        {
            Must(line.Record(new BudgetMovement(MovementKind.Cancellation, -decision.Cancelled, decisionNo, closeDate, decision.CancelReason)));
        }

        // On an overdrawn Warn line the carried commitments can exceed the carried estimate: the
        // override that let them through is restated on the new line rather than dropping them.
        var restated = new BudgetOverride(by, "Cam kết vượt dự toán chuyển từ năm " + line.Key.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var id in decision.CarriedRequests)
        {
            Must(target.Restate(id, byId[id].Amount, restated));
        }

        return Result.Success();
    }

    private static void Must(Result r)
    {
        if (r.IsFailure)
        {
            throw new InvalidOperationException("Year-end close reached an impossible state: " + r.FirstError.Code);
        }
    }
}
