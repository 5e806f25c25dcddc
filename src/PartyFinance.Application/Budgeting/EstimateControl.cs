using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// The budget check for vouchers posted straight into the books (voucher import, the demo): every
/// voucher that uses an estimate counts against its budget line (<see cref="EstimateAttribution"/>).
/// After the batch, a line whose books-balance less what the budget has committed would fall below
/// zero is refused on a Stop line (naming the row that used it) and recorded as an override on a Warn line.
/// </summary>
public sealed class EstimateControl(BudgetReference reference)
{
    public EstimateAttribution Attribution { get; } = new(reference.Posting, reference.Calendar);

    public PostingRuleBook Book => reference.Posting;

    /// <summary>Accounts left out of a voucher's amount (<see cref="Voucher.MoneyMoved"/>).</summary>
    public IReadOnlySet<string> Mirror => reference.Posting.MirrorAccounts;

    public Task<IReadOnlyList<DomainError>> CheckAsync(ILedgerSession session, IReadOnlyList<VoucherDraft> posted, string by, DateTimeOffset at, CancellationToken ct)
    {
        var usage = NewUsage();
        foreach (var v in posted)
        {
            usage.Add(v);
        }

        return CheckAsync(session, usage, by, at, ct);
    }

    /// <summary>An empty tally of what posted vouchers use, to be added to voucher by voucher as they are posted.</summary>
    public EstimateUsage NewUsage() => new(Attribution);

    public async Task<IReadOnlyList<DomainError>> CheckAsync(ILedgerSession session, EstimateUsage usage, string by, DateTimeOffset at, CancellationToken ct)
    {
        var deltas = usage.Deltas;
        var touched = deltas.Where(d => d.Value.Figures.Balance < 0).Select(d => d.Key).ToList();
        if (touched.Count == 0)
        {
            return [];
        }

        var years = (touched.Min(k => k.Year), touched.Max(k => k.Year) + 1);
        var rows = await session.EstimateBalancesAsync(touched.Select(k => (k.Unit, k.FundSource, k.BudgetItem, k.Sector)).ToList(), years.Item1, years.Item2, ct);
        var budget = await session.CommitmentsAsync(touched, ct);
        var errors = new List<DomainError>();
        var rowsByDims = rows.ToLookup(r => (r.Unit, r.FundSource, r.BudgetItem, r.Sector));
        foreach (var key in touched)
        {
            var (delta, row, voucher) = deltas[key];
            var before = Attribution.FiguresFor(key, rowsByDims[(key.Unit, key.FundSource, key.BudgetItem, key.Sector)]).Balance;
            var (committed, mode) = budget[key];
            var available = checked(before - committed);
            var after = checked(available + delta.Balance);
            if (after >= 0)
            {
                continue;
            }

            var message = $"Dự toán dòng {key} không đủ: chứng từ '{voucher}' dùng {VietnameseFormat.Amount(-delta.Balance)}, còn khả dụng {VietnameseFormat.Amount(available)}.";
            if (mode == ControlMode.Stop)
            {
                errors.Add(new DomainError(BudgetErrors.Insufficient, message, "credit", row));
            }
            else
            {
                session.Audit("budget_line", key.ToString(), "override", message + " Ghi sổ vượt dự toán (chế độ cảnh báo).", by, at);
            }
        }

        return errors;
    }
}

/// <summary>
/// What a batch's posted vouchers use of each budget line, tallied as they are posted (so a batch holds the lines it
/// touched, not its vouchers): the sum, and the row and voucher that first used the line.
/// </summary>
public sealed class EstimateUsage
{
    private readonly EstimateAttribution _attribution;

    internal EstimateUsage(EstimateAttribution attribution) => _attribution = attribution;

    internal Dictionary<BudgetLineKey, (LedgerFigures Figures, int? Row, string Voucher)> Deltas { get; } = [];

    public void Add(VoucherDraft v)
    {
        foreach (var l in v.Lines)
        {
            if (l.FundSource is not { Length: > 0 } f || l.BudgetItem is not { Length: > 0 } i || l.Sector is not { Length: > 0 } s)
            {
                continue;
            }

            var row = new EstimateBalance(v.UnitCode, v.Date.Year, v.Date.Month, l.AccountCode, f.Trim(), i.Trim(), s.Trim(), v.TypeCode, l.Debit, l.Credit);
            if (_attribution.Attribute(row) is not { } a)
            {
                continue;
            }

            var (figures, firstRow, voucher) = Deltas.GetValueOrDefault(a.Key, (LedgerFigures.None, null, v.Key));
            var uses = a.Figures.Balance < 0;
            Deltas[a.Key] = (figures.Add(a.Figures), firstRow ?? (uses ? l.Row ?? v.Row : null), uses && firstRow is null ? v.Key : voucher);
        }
    }
}
