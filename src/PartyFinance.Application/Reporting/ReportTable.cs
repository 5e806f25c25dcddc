namespace PartyFinance.Application.Reporting;

/// <summary>What a column of a computed report holds.</summary>
public enum ColumnKind
{
    /// <summary>The line code (mã số).</summary>
    Line,

    /// <summary>The label (chỉ tiêu, diễn giải).</summary>
    Label,

    /// <summary>Other text (date, voucher number, contra account, budget code).</summary>
    Text,

    /// <summary>An amount in đồng.</summary>
    Amount,
}

/// <summary>A column of a computed report: key (JSON name), Vietnamese heading, kind, and a width in characters for the workbook.</summary>
public sealed record ReportColumn(string Key, string Heading, ColumnKind Kind, int Width);

/// <summary>
/// A row of a computed report: its line code (empty for headings and ledger lines), label, indent and
/// weight, text cells and amounts by column key (an absent amount is a blank cell, not zero).
/// </summary>
public sealed record ReportRow(string Line, string Label, int Indent, bool Bold, IReadOnlyDictionary<string, string> Texts, IReadOnlyDictionary<string, long> Values)
{
    public static readonly IReadOnlyDictionary<string, string> NoTexts = new Dictionary<string, string>();

    public static ReportRow Heading(string label, int indent = 0) => new(string.Empty, label, indent, true, NoTexts, new Dictionary<string, long>());
}

/// <summary>
/// A report computed for a year and a unit (or the whole province): the definition it follows, the unit's
/// name and chapter for the form header, the period, the columns and the rows (or, for the books of an
/// export, the stream of them). Writers (text, JSON, CSV, workbook) only render it.
/// </summary>
public sealed record ReportTable(
    ReportDefinition Definition,
    int Year,
    string? Unit,
    string UnitName,
    string Chapter,
    string PeriodLabel,
    IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<ReportRow> Rows,
    IReadOnlyList<string> Notes)
{
    public IEnumerable<ReportColumn> AmountColumns => Columns.Where(c => c.Kind == ColumnKind.Amount);

    /// <summary>
    /// For the ledger books of an export: the rows, read from the database while the workbook writer consumes them
    /// (<see cref="Rows"/> is then empty). Null for a report computed whole.
    /// </summary>
    public Func<CancellationToken, IAsyncEnumerable<ReportRow>>? Streamed { get; init; }

    /// <summary>The rows in order, streamed or computed.</summary>
    public IAsyncEnumerable<ReportRow> RowsAsync(CancellationToken ct) => Streamed is { } streamed ? streamed(ct) : Rows.ToAsyncEnumerable();

    /// <summary>The amount of a line code in a column (0 when the line shows none).</summary>
    public long Value(string line, string column) =>
        Rows.FirstOrDefault(r => r.Line == line) is { } row && row.Values.TryGetValue(column, out var v) ? v : 0;
}
