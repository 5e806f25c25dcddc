using PartyFinance.Domain.Budgeting;
using PartyFinance.Infrastructure.Budgeting.Records;

namespace PartyFinance.Infrastructure.Budgeting;

/// <summary>Record ↔ domain conversions of budgeting. Enum columns are stored through the value converters of <see cref="Persistence.CodeConventions"/>.</summary>
internal static class BudgetMapping
{
    public static BudgetLineKey Key(BudgetLineRecord r) => new(r.UnitCode, r.Year, r.FundSource, r.Autonomy, r.Sector, r.BudgetItem, r.CarriedOver);

    public static BudgetLineKey Key(SpendingRequestRecord r) => new(r.UnitCode, r.Year, r.FundSource, r.Autonomy, r.Sector, r.BudgetItem, r.CarriedOver);

    public static BudgetLine ToDomain(BudgetLineRecord r, IEnumerable<BudgetMovementRecord> movements, IEnumerable<CommitmentRecord> commitments,
        Domain.Posting.LedgerFigures books) =>
        BudgetLine.Restore(Key(r), r.ControlMode,
            movements.OrderBy(m => m.Seq).Select(m => new BudgetMovement(m.Kind, m.Amount, m.DecisionNo, m.DecisionDate, m.Note)),
            commitments.Select(ToDomain), books);

    public static Commitment ToDomain(CommitmentRecord c) => new(c.RequestId, c.Amount, c.Status,
        c.OverrideBy is null ? null : new BudgetOverride(c.OverrideBy, c.OverrideReason ?? string.Empty), c.PostedAmount);

    public static CommitmentRecord ToRecord(long lineId, Commitment c) => new()
    {
        LineId = lineId,
        RequestId = c.RequestId,
        Amount = c.Amount,
        Status = c.Status,
        OverrideBy = c.Override?.By,
        OverrideReason = c.Override?.Reason,
        PostedAmount = c.PostedAmount,
    };

    public static BudgetMovementRecord ToRecord(long lineId, int seq, BudgetMovement m) => new()
    {
        LineId = lineId,
        Seq = seq,
        Kind = m.Kind,
        Amount = m.Amount,
        DecisionNo = m.DecisionNo,
        DecisionDate = m.DecisionDate,
        Note = m.Note,
    };

    public static void SetKey(BudgetLineRecord r, BudgetLineKey k)
    {
        (r.UnitCode, r.Year, r.FundSource, r.Autonomy, r.Sector, r.BudgetItem, r.CarriedOver) = (k.Unit, k.Year, k.FundSource, k.Autonomy, k.Sector, k.BudgetItem, k.CarriedOver);
    }

    public static void SetCounters(BudgetLineRecord r, BudgetLine line)
    {
        (r.Allocated, r.Committed) = (line.DecidedAllocation, line.Committed);
    }

    public static SpendingRequest ToDomain(SpendingRequestRecord r, IEnumerable<SpendingEventRecord> events) =>
        SpendingRequest.Restore(r.Id, Key(r), r.Amount, r.Purpose, r.Payee, r.Nature, r.ContractSignedOn, r.PlanId,
            Month(r.PlanMonth), r.Status, r.VoucherNo, r.SettledAmount,
            events.OrderBy(e => e.Seq).Select(e => new SpendingEvent(e.Action, e.FromStatus, e.ToStatus, e.ActedBy, e.At,
                e.Reason, e.DecisionNo, e.VoucherNo)), r.ApprovalId,
            r.AssetCode is null ? null : new AssetPurchase(r.AssetCode, r.AssetName ?? string.Empty, r.AssetClass ?? string.Empty, r.AssetLocation, r.AssetCustodian,
                r.ToolQuantity is { } q ? new ToolPurchase(q, r.ToolMeasure ?? string.Empty) : null));

    public static SpendingRequestRecord ToRecord(SpendingRequest s)
    {
        var k = s.Key;
        return new()
        {
            Id = s.Id,
            UnitCode = k.Unit,
            Year = k.Year,
            FundSource = k.FundSource,
            Autonomy = k.Autonomy,
            Sector = k.Sector,
            BudgetItem = k.BudgetItem,
            CarriedOver = k.CarriedOver,
            Amount = s.Amount,
            Purpose = s.Purpose,
            Payee = s.Payee,
            Nature = s.Nature,
            ContractSignedOn = s.ContractSignedOn,
            PlanId = s.PlanId,
            PlanMonth = s.PlanMonth?.ToString(),
            Status = s.Status,
            VoucherNo = s.VoucherNo,
            SettledAmount = s.SettledAmount,
            ApprovalId = s.ApprovalId,
            AssetCode = s.Asset?.Code,
            AssetName = s.Asset?.Name,
            AssetClass = s.Asset?.ClassCode,
            AssetLocation = s.Asset?.Location,
            AssetCustodian = s.Asset?.Custodian,
            ToolQuantity = s.Asset?.Tool?.Quantity,
            ToolMeasure = s.Asset?.Tool?.Measure,
        };
    }

    public static SpendingEventRecord ToRecord(long requestId, int seq, SpendingEvent e) => new()
    {
        RequestId = requestId,
        Seq = seq,
        Action = e.Action,
        FromStatus = e.From,
        ToStatus = e.To,
        ActedBy = e.By,
        At = e.At.ToUniversalTime(),
        Reason = e.Reason,
        DecisionNo = e.DecisionNo,
        VoucherNo = e.VoucherNo,
    };

    public static RecurringPlan ToDomain(RecurringPlanRecord p, IEnumerable<PlanVersionRecord> versions)
    {
        var key = new BudgetLineKey(p.UnitCode, p.Year, p.FundSource, p.Autonomy, p.Sector, p.BudgetItem);
        var approval = p.ApprovalDecider is null ? null
            : new PlanApproval(p.ApprovalDecider, p.ApprovalBy ?? string.Empty, p.ApprovalAt ?? default, p.ApprovalDecisionNo, p.ApprovalYearlyTotal ?? 0, p.ApprovalYear ?? 0);
        return RecurringPlan.Restore(p.Id, key, p.Payee, p.Purpose, p.Schedule,
            Month(p.StartMonth) ?? throw Bad("start_month", p.StartMonth), Month(p.EndMonth), p.Status, approval,
            versions.OrderBy(v => v.Seq).Select(v => new PlanVersion(Month(v.FromMonth) ?? throw Bad("from_month", v.FromMonth), v.Amount, v.ChangedBy, v.ChangedAt)),
            p.ApprovalId);
    }

    public static RecurringPlanRecord ToRecord(RecurringPlan p)
    {
        var k = p.Key;
        var a = p.Approval;
        return new()
        {
            Id = p.Id,
            UnitCode = k.Unit,
            Year = k.Year,
            FundSource = k.FundSource,
            Autonomy = k.Autonomy,
            Sector = k.Sector,
            BudgetItem = k.BudgetItem,
            Payee = p.Payee,
            Purpose = p.Purpose,
            Schedule = p.Schedule,
            StartMonth = p.Start.ToString(),
            EndMonth = p.End?.ToString(),
            Status = p.Status,
            ApprovalDecider = a?.Decider,
            ApprovalBy = a?.By,
            ApprovalAt = a?.At.ToUniversalTime(),
            ApprovalDecisionNo = a?.DecisionNo,
            ApprovalYearlyTotal = a?.YearlyTotal,
            ApprovalYear = a?.Year,
            ApprovalId = p.ApprovalId,
        };
    }

    public static PlanVersionRecord ToRecord(long planId, int seq, PlanVersion v) => new()
    {
        PlanId = planId,
        Seq = seq,
        FromMonth = v.From.ToString(),
        Amount = v.Amount,
        ChangedBy = v.By,
        ChangedAt = v.At.ToUniversalTime(),
    };

    private static YearMonth? Month(string? text) => text is null ? null : YearMonth.TryParse(text, out var m) ? m : throw Bad("month", text);

    private static InvalidOperationException Bad(string column, string value) => new($"Stored {column} '{value}' is not valid.");
}
