using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Application.Reporting;

/// <summary>
/// `report show` / `report export`: computes a report of reports/ for a year and a unit, or for the whole
/// province (every unit summed; internal balances between units are not eliminated). Reads the ledger
/// only: balances and lines for the statements and books, the estimate books through `budget status`
/// for the settlement and budget reports, and the asset register (checked against the ledger) for the
/// asset reports.
/// </summary>
public sealed class BuildReport(ReportCatalog catalog, IReportSource source, BudgetStatus status, AssetReports assets)
{
    public ReportCatalog Catalog => catalog;

    public Task<Result<ReportTable>> RunAsync(string code, int year, string? unit, CancellationToken ct) => RunAsync(code, year, unit, streamBooks: false, ct);

    /// <param name="streamBooks">The ledger books' rows are read from the database as the table is consumed (<see cref="ReportTable.Streamed"/>), for a workbook.</param>
    public Task<Result<ReportTable>> RunAsync(string code, int year, string? unit, bool streamBooks, CancellationToken ct) =>
        RunAsync(code, year, unit, streamBooks, snapshot: null, ct);

    /// <param name="snapshot">An export's shared reads (<see cref="ReportSnapshot"/>): budget lines and asset figures read once for all its reports.</param>
    public async Task<Result<ReportTable>> RunAsync(string code, int year, string? unit, bool streamBooks, ReportSnapshot? snapshot, CancellationToken ct)
    {
        var definition = catalog.Find(code, year);
        if (definition is null)
        {
            return catalog.Codes.Contains(code, StringComparer.OrdinalIgnoreCase)
                ? new DomainError(ReportErrors.NotInForce, $"Báo cáo '{code}' không có mẫu áp dụng cho năm {year.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", "year")
                : new DomainError(ReportErrors.Unknown, $"Không có báo cáo '{code}'. Các báo cáo: {string.Join(", ", catalog.Codes)}.", "code");
        }

        var units = snapshot is null ? await source.UnitsAsync(ct) : await snapshot.UnitsAsync(() => source.UnitsAsync(ct));
        var chosen = unit is null ? units : units.Where(u => string.Equals(u.Code, unit, StringComparison.OrdinalIgnoreCase)).ToList();
        if (unit is not null && chosen.Count == 0)
        {
            return new DomainError(LedgerErrors.UnitUnknown, $"Đơn vị '{unit}' không tồn tại.", "unit");
        }

        unit = chosen.Count == 1 && unit is not null ? chosen[0].Code : unit;
        if (streamBooks && definition.Kind is ReportKind.GeneralLedger or ReportKind.DetailLedger)
        {
            var (bookName, bookChapter) = Header(units, unit is null ? null : chosen[0]);
            var ledger = new LedgerReports(source);
            return Result.Success(new ReportTable(definition, year, unit, bookName, bookChapter, Period(year), Columns(definition, unit is null), [], [])
            {
                Streamed = c => ledger.BooksAsync(definition.Accounts, year, unit, c),
            });
        }

        var rows = await RowsAsync(definition, year, unit, chosen, snapshot, ct);
        if (rows.IsFailure)
        {
            return Result.Failure<ReportTable>(rows.Errors);
        }

        var (name, chapter) = Header(units, unit is null ? null : chosen[0]);
        return Result.Success(new ReportTable(definition, year, unit, name, chapter, Period(year), Columns(definition, unit is null), rows.Value.Rows, rows.Value.Notes));
    }

    /// <summary>Reads into <paramref name="snapshot"/> what every report of an export reads first (the units).</summary>
    internal Task PrepareAsync(ReportSnapshot snapshot, CancellationToken ct) => snapshot.UnitsAsync(() => source.UnitsAsync(ct));

    private static string Period(int year) => $"Năm {year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    private async Task<Result<Body>> RowsAsync(ReportDefinition d, int year, string? unit, IReadOnlyList<OrganisationUnit> units, ReportSnapshot? snapshot, CancellationToken ct)
    {
        var ledger = new LedgerReports(source);
        switch (d.Kind)
        {
            case ReportKind.TrialBalance:
                return Ok(await ledger.TrialBalanceAsync(year, unit, ct));
            case ReportKind.GeneralLedger or ReportKind.DetailLedger:
                return Ok(await ledger.BooksAsync(d.Accounts, year, unit, ct).ToListAsync(ct));
            case ReportKind.CashFlow:
                var cash = await new CashFlowReport(source).RowsAsync(d, year, unit, ct);
                return cash.IsFailure ? Result.Failure<Body>(cash.Errors) : Ok(cash.Value.Rows, cash.Value.Notes);
            case ReportKind.FinancialPosition or ReportKind.Results or ReportKind.Notes:
                var statement = await new StatementReport(source).RowsAsync(d, year, unit, ct);
                return statement.IsFailure ? Result.Failure<Body>(statement.Errors)
                    : Ok(statement.Value, d.Kind == ReportKind.FinancialPosition ? await Coverage.NotesAsync(d, source, year, unit, ct) : []);
            case ReportKind.AssetRegister or ReportKind.AssetMovement or ReportKind.AssetWear:
                var register = await assets.RowsAsync(d, year, unit, snapshot, ct);
                return register.IsFailure ? Result.Failure<Body>(register.Errors) : Ok(register.Value.Rows, register.Value.Notes);
        }

        var budget = new BudgetLines(status);
        var lines = snapshot is null ? await budget.ReadAsync(units, year, ct) : await snapshot.BudgetAsync(units, year, () => budget.ReadAsync(units, year, ct));
        switch (d.Kind)
        {
            case ReportKind.Settlement:
                var settlement = BudgetReports.Settlement(d, lines);
                return settlement.IsFailure ? Result.Failure<Body>(settlement.Errors) : Ok(settlement.Value);
            case ReportKind.SettlementDetail:
                return Ok(SettlementDetailReport.Rows(d, lines, await source.BudgetCodesAsync(ct), year));
            case ReportKind.EstimateDetail:
                return Ok(BudgetReports.Estimate(lines));
            default:
                return Ok(BudgetReports.Execution(lines));
        }
    }

    private static Result<Body> Ok(IReadOnlyList<ReportRow> rows, IReadOnlyList<string>? notes = null) => Result.Success(new Body(rows, notes ?? []));

    private sealed record Body(IReadOnlyList<ReportRow> Rows, IReadOnlyList<string> Notes);

    private static IReadOnlyList<ReportColumn> Columns(ReportDefinition d, bool province)
    {
        IReadOnlyList<ReportColumn> columns = d.Kind switch
        {
            ReportKind.TrialBalance => LedgerReports.TrialBalanceColumns,
            ReportKind.GeneralLedger or ReportKind.DetailLedger => LedgerReports.BookColumns,
            ReportKind.EstimateDetail => BudgetReports.EstimateColumns,
            ReportKind.BudgetExecution => BudgetReports.ExecutionColumns,
            ReportKind.SettlementDetail => SettlementDetailReport.Columns(d),
            ReportKind.AssetRegister or ReportKind.AssetMovement or ReportKind.AssetWear => AssetReports.Columns(d),
            ReportKind.FinancialPosition or ReportKind.Results or ReportKind.Notes or ReportKind.CashFlow or ReportKind.Settlement =>
            [
                new ReportColumn("label", "Chỉ tiêu", ColumnKind.Label, 55), new ReportColumn("line", "Mã số", ColumnKind.Line, 8),
                .. d.Columns.Select(c => new ReportColumn(c.Key, c.Label, ColumnKind.Amount, 20)),
            ],
        };

        // One unit's budget books need no unit column.
        return province ? columns : columns.Where(c => c.Key != "unit").ToList();
    }

    private static (string Name, string Chapter) Header(IReadOnlyList<OrganisationUnit> units, OrganisationUnit? unit)
    {
        if (unit is not null)
        {
            return (unit.Name, unit.Chapter);
        }

        var top = units.Where(u => u.ParentCode is null).Select(u => u.Name).ToList();
        var chapters = units.Select(u => u.Chapter).Distinct().Order(StringComparer.Ordinal);
        return ((top.Count == 1 ? top[0] : "Toàn tỉnh") + " (tổng hợp các đơn vị)", string.Join(", ", chapters));
    }
}
