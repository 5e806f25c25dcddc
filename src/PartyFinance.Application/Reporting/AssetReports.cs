using System.Globalization;
using PartyFinance.Application.Assets;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Reporting;

/// <summary>
/// The reports over the fixed-asset register: the register itself (S24-H Sổ tài sản cố định: one row per asset
/// on the unit's books in the year, by class), the increase and decrease by class (opening, increases by origin,
/// decreases by kind, closing: cost, accumulated wear, residual) and the wear by unit. Which accounts make a
/// class line and which measures make the columns is data (reports/assets.lines.csv, *.columns.csv). Each report
/// is checked against the ledger: the register's closing cost per asset account and accumulated wear per wear
/// account must be the closing balances of those accounts; every difference is a note under the report.
/// </summary>
public sealed class AssetReports(IAssetStore store, AssetReference reference, IReportSource source)
{
    public static IReadOnlyList<ReportColumn> Columns(ReportDefinition d)
    {
        if (d.Kind == ReportKind.AssetRegister)
        {
            return d.Columns.Select(c => c.Key == "label" ? new ReportColumn("label", c.Label, ColumnKind.Label, 34)
                : AssetMeasures.RegisterTexts.Contains(c.Key) ? new ReportColumn(c.Key, c.Label, ColumnKind.Text, TextWidth(c.Key))
                : new ReportColumn(c.Key, c.Label, ColumnKind.Amount, 16)).ToList();
        }

        return
        [
            new ReportColumn("label", "Chỉ tiêu", ColumnKind.Label, 36), new ReportColumn("line", "Mã số", ColumnKind.Line, 7),
            .. d.Columns.Select(c => new ReportColumn(c.Key, c.Label, ColumnKind.Amount, 15)),
        ];
    }

    public Task<Result<(IReadOnlyList<ReportRow> Rows, IReadOnlyList<string> Notes)>> RowsAsync(ReportDefinition d, int year, string? unit, CancellationToken ct) =>
        RowsAsync(d, year, unit, snapshot: null, ct);

    /// <param name="snapshot">An export's shared reads: the register's figures are read once for its three asset reports.</param>
    public async Task<Result<(IReadOnlyList<ReportRow> Rows, IReadOnlyList<string> Notes)>> RowsAsync(ReportDefinition d, int year, string? unit, ReportSnapshot? snapshot, CancellationToken ct)
    {
        var allowed = d.Kind == ReportKind.AssetRegister ? AssetMeasures.RegisterAmounts.Concat(AssetMeasures.RegisterTexts).Append("label").ToHashSet() : AssetMeasures.Movement;
        var errors = d.Columns.Where(c => !allowed.Contains(c.Key))
            .Select(c => new DomainError(ReportErrors.BadDefinition, $"Báo cáo {d.Code}: cột '{c.Key}' không được hỗ trợ ({string.Join(", ", allowed.Order(StringComparer.Ordinal))}).", "columns"))
            .Concat(d.Columns.Where(c => c.FundSources is { Count: > 0 } || c.Autonomy is not null)
                .Select(c => new DomainError(ReportErrors.BadDefinition, $"Báo cáo {d.Code}: cột '{c.Key}' của báo cáo tài sản không lọc theo nguồn (fund_sources '*', autonomy để trống).", "columns")))
            .ToList();
        if (errors.Count > 0)
        {
            return Result.Failure<(IReadOnlyList<ReportRow>, IReadOnlyList<string>)>(errors);
        }

        var (catalogue, figures) = snapshot is null ? await FiguresAsync(year, unit, ct) : await snapshot.AssetsAsync(year, unit, () => FiguresAsync(year, unit, ct));
        var notes = new List<string>();
        // Whether a line of the form takes an account, asked once per account rather than once per asset.
        var onForm = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool OnForm(string account) => onForm.TryGetValue(account, out var on) ? on : onForm[account] = d.Lines.Any(l => l.Side == LineSide.Register && l.Takes(account));
        foreach (var orphan in figures.Where(f => f.Group is null || !OnForm(f.Group.AssetAccount)).DistinctBy(f => f.Code))
        {
            notes.Add(orphan.Group is null
                ? $"Tài sản {orphan.Code}: loại '{orphan.ClassCode}' không có nhóm tài sản năm {N(year)}, không thuộc dòng nào của mẫu."
                : $"Tài sản {orphan.Code}: nhóm '{orphan.Group.Code}' (TK {orphan.Group.AssetAccount}) không thuộc dòng nào của mẫu.");
        }

        IReadOnlyList<ReportRow> rows;
        switch (d.Kind)
        {
            case ReportKind.AssetRegister:
                rows = Register(d, figures, catalogue, year, unit is null);
                break;
            case ReportKind.AssetMovement:
                var lines = Lines(d, figures, string.Empty);
                if (lines.IsFailure)
                {
                    return Result.Failure<(IReadOnlyList<ReportRow>, IReadOnlyList<string>)>(lines.Errors);
                }

                rows = lines.Value;
                break;
            default:
                var byUnit = new List<ReportRow>();
                var units = figures.GroupBy(f => f.Unit, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
                foreach (var u in unit is null ? units : [])
                {
                    var mine = Lines(d, u.ToList(), u.Key + "/");
                    if (mine.IsFailure)
                    {
                        return Result.Failure<(IReadOnlyList<ReportRow>, IReadOnlyList<string>)>(mine.Errors);
                    }

                    byUnit.Add(ReportRow.Heading($"Đơn vị {u.Key}"));
                    byUnit.AddRange(mine.Value.Where(r => r.Line.Length > 0));
                }

                var total = Lines(d, figures, string.Empty);
                if (total.IsFailure)
                {
                    return Result.Failure<(IReadOnlyList<ReportRow>, IReadOnlyList<string>)>(total.Errors);
                }

                if (byUnit.Count > 0)
                {
                    byUnit.Add(ReportRow.Heading("Tổng cộng các đơn vị"));
                }

                byUnit.AddRange(total.Value);
                rows = byUnit;
                break;
        }

        notes.AddRange(await LedgerCheckAsync(figures, catalogue, year, unit, ct));
        return Result.Success<(IReadOnlyList<ReportRow>, IReadOnlyList<string>)>((rows, notes));
    }

    private async Task<(AssetCatalogue Catalogue, IReadOnlyList<AssetYear> Figures)> FiguresAsync(int year, string? unit, CancellationToken ct)
    {
        var catalogue = reference.With(await store.ClassesAsync(ct));
        // Card by card as the register is read: only the figures are kept, not the cards and their history.
        var figures = new List<AssetYear>();
        var mine = new List<AssetYear>();
        await store.EachAsync(unit, card =>
        {
            AssetFigures.Add(card, year, catalogue, mine);
            figures.AddRange(unit is null ? mine : mine.Where(f => string.Equals(f.Unit, unit, StringComparison.OrdinalIgnoreCase)));
            mine.Clear();
        }, ct);
        return (catalogue, figures);
    }

    /// <summary>
    /// The class lines over the figures; a unit's block prefixes its line codes with the unit ("VPTU/10"). The figures are
    /// summed once per asset account and column; a line is the sum of the accounts it takes.
    /// </summary>
    private static Result<IReadOnlyList<ReportRow>> Lines(ReportDefinition d, IReadOnlyList<AssetYear> figures, string prefix)
    {
        var columns = d.Columns.Select(c => c.Key).ToList();
        var byAccount = new Dictionary<string, long[]>(StringComparer.Ordinal);
        foreach (var f in figures)
        {
            if (f.Group is not { } g)
            {
                continue;
            }

            if (!byAccount.TryGetValue(g.AssetAccount, out var sums))
            {
                byAccount[g.AssetAccount] = sums = new long[columns.Count];
            }

            for (var i = 0; i < columns.Count; i++)
            {
                sums[i] = checked(sums[i] + f[columns[i]]);
            }
        }

        var column = columns.Select((k, i) => (k, i)).DistinctBy(x => x.k).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        var rows = LineEvaluator.Rows(d, columns, (line, key) =>
            line.Side != LineSide.Register ? 0 : byAccount.Where(a => line.Takes(a.Key)).Aggregate(0L, (s, a) => checked(s + a.Value[column[key]])));
        return rows.IsFailure || prefix.Length == 0 ? rows
            : Result.Success<IReadOnlyList<ReportRow>>(rows.Value.Select(r => r.Line.Length > 0 ? r with { Line = prefix + r.Line } : r).ToList());
    }

    /// <summary>
    /// S24-H: per class line a heading, its assets (by code; by unit then code for the province) and their total; then the
    /// grand total. The assets are sorted under their lines here; each asset's row is built when it is read
    /// (<see cref="SegmentedRows{T}"/>), so a workbook writing a province's hundred thousand assets holds one row at a time.
    /// </summary>
    private static IReadOnlyList<ReportRow> Register(ReportDefinition d, IReadOnlyList<AssetYear> figures, AssetCatalogue catalogue, int year, bool province)
    {
        var amounts = d.Columns.Where(c => AssetMeasures.RegisterAmounts.Contains(c.Key)).Select(c => c.Key).ToList();
        var texts = d.Columns.Where(c => AssetMeasures.RegisterTexts.Contains(c.Key)).Select(c => c.Key).ToList();
        var segments = new List<SegmentedRows<AssetYear>.Segment>();
        var listed = new List<AssetYear>();
        // An asset goes under the first line that takes its account: membership by reference, not a scan of the list (a province holds a hundred thousand).
        var seen = new HashSet<AssetYear>(ReferenceEqualityComparer.Instance);
        foreach (var line in d.Lines.Where(l => l.Side == LineSide.Register))
        {
            var mine = figures.Where(f => f.Group is { } g && line.Takes(g.AssetAccount) && !seen.Contains(f))
                .OrderBy(f => province ? f.Unit : string.Empty, StringComparer.Ordinal).ThenBy(f => f.Code, StringComparer.Ordinal).ToList();
            if (mine.Count == 0)
            {
                continue;
            }

            listed.AddRange(mine);
            seen.UnionWith(mine);
            segments.Add(new SegmentedRows<AssetYear>.Segment(ReportRow.Heading(line.Label, 0), mine,
                new ReportRow(line.Line, $"Cộng {line.Label}", 0, true, ReportRow.NoTexts, Sum(amounts, mine))));
        }

        return new SegmentedRows<AssetYear>(segments, new ReportRow("total", "Tổng cộng", 0, true, ReportRow.NoTexts, Sum(amounts, listed)),
            f => new ReportRow(string.Empty, f.Name, 1, false,
                texts.ToDictionary(k => k, k => Text(f, k, catalogue, year), StringComparer.Ordinal), Sum(amounts, [f])));
    }

    private static Dictionary<string, long> Sum(IReadOnlyList<string> amounts, IReadOnlyList<AssetYear> of)
    {
        var sums = new Dictionary<string, long>(amounts.Count, StringComparer.Ordinal);
        foreach (var k in amounts)
        {
            var sum = 0L;
            foreach (var f in of)
            {
                sum = checked(sum + f[k]);
            }

            sums[k] = sum;
        }

        return sums;
    }

    private static string Text(AssetYear f, string key, AssetCatalogue catalogue, int year)
    {
        return key switch
        {
            "code" => f.Code,
            "unit" => f.Unit,
            "in_service" => VietnameseFormat.Month(f.InService.Year, f.InService.Month),
            "origin" => f.Origin.VietnameseName(),
            "rate" => catalogue.Class(f.ClassCode, year) is { } c && (f.Group?.Worn ?? true) ? c.AnnualRatePercent.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN")) : string.Empty,
            "increase_date" => f.Increase is { } i ? VietnameseFormat.Date(i.Date) : string.Empty,
            "increase_voucher" => f.Increase?.Vouchers ?? string.Empty,
            "decrease_date" => f.Decrease is { } o ? VietnameseFormat.Date(o.Date) : string.Empty,
            "decrease_voucher" => f.Decrease?.Vouchers ?? string.Empty,
            "decrease_reason" => f.Decrease is { } r
                ? r.Kind.VietnameseName() + (r.Kind is AssetEventKind.Transfer or AssetEventKind.Recover ? $" sang {r.Unit}" : string.Empty) + (r.Reason is { Length: > 0 } why ? $": {why}" : string.Empty)
                : string.Empty,
            _ => string.Empty,
        };
    }

    /// <summary>
    /// The register's closing cost per asset account (211x/213x of the groups) and accumulated wear per wear account (214x)
    /// against the ledger's closing balances of those accounts for the same unit and year: a note for each difference.
    /// </summary>
    private async Task<IReadOnlyList<string>> LedgerCheckAsync(IReadOnlyList<AssetYear> figures, AssetCatalogue catalogue, int year, string? unit, CancellationToken ct)
    {
        var end = new DateOnly(year, 12, 31);
        var groups = catalogue.Groups.Where(g => g.IsValidOn(end)).ToList();
        var movements = (await source.MovementsAsync(ReportPeriod.WholeYear(year), unit, ct)).Where(m => !m.IsOffBalance).ToList();
        long Ledger(string account, int sign) => movements.Where(m => m.Account.StartsWith(account, StringComparison.Ordinal))
            .Aggregate(0L, (s, m) => checked(s + (sign * (m.OpeningDebit - m.OpeningCredit + m.Debit - m.Credit))));

        var notes = new List<string>();
        void Compare(string what, string account, long register, long ledger)
        {
            if (register != ledger)
            {
                notes.Add($"Đối chiếu sổ cái năm {N(year)}: {what} TK {account} theo sổ tài sản {VietnameseFormat.Number(register)} đ, theo sổ cái {VietnameseFormat.Number(ledger)} đ (chênh lệch {VietnameseFormat.Number(register - ledger)} đ).");
            }
        }

        foreach (var account in groups.Select(g => g.AssetAccount).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            Compare("nguyên giá", account, figures.Where(f => f.Group?.AssetAccount == account).Aggregate(0L, (s, f) => checked(s + f[AssetMeasures.ClosingCost])), Ledger(account, 1));
        }

        foreach (var account in groups.Select(g => g.WearAccount).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            Compare("hao mòn lũy kế", account, figures.Where(f => f.Group?.WearAccount == account).Aggregate(0L, (s, f) => checked(s + f[AssetMeasures.ClosingWear])), Ledger(account, -1));
        }

        return notes;
    }

    private static int TextWidth(string key) => key switch
    {
        "increase_voucher" or "decrease_voucher" => 20,
        "decrease_reason" => 24,
        "origin" => 14,
        "code" => 12,
        "increase_date" or "decrease_date" => 11,
        _ => 9,
    };

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
