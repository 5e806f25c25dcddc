using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Reporting;

/// <summary>
/// Turns a definition's lines into rows: each line's own amount per column comes from <c>read</c>
/// (accounts or estimate books), formula lines sum other lines in any order of the file. A formula that
/// refers back to itself is a definition error.
/// </summary>
internal static class LineEvaluator
{
    /// <param name="narrative">The values of the placeholders of text lines (<see cref="NarrativeFields"/>); null leaves their labels as written.</param>
    public static Result<IReadOnlyList<ReportRow>> Rows(ReportDefinition definition, IReadOnlyList<string> columns, Func<ReportLineSpec, string, long> read, IReadOnlyDictionary<string, string>? narrative = null)
    {
        var byCode = definition.Lines.Where(l => !l.IsHeading).ToDictionary(l => l.Line, StringComparer.Ordinal);
        var values = new Dictionary<(string Line, string Column), long>();
        var open = new HashSet<string>(StringComparer.Ordinal);
        var errors = new List<DomainError>();

        long Value(ReportLineSpec line, string column)
        {
            if (values.TryGetValue((line.Line, column), out var known))
            {
                return known;
            }

            if (!open.Add(line.Line))
            {
                errors.Add(new DomainError(ReportErrors.BadDefinition, $"Báo cáo {definition.Code}: công thức của dòng {line.Line} vòng lại chính nó.", "formula"));
                return 0;
            }

            var v = line.Formula.Count > 0
                ? line.Formula.Aggregate(0L, (sum, t) => checked(sum + (t.Sign * Value(byCode[t.Line], column))))
                : line.Side is null ? 0 : checked(line.Sign * read(line, column));
            open.Remove(line.Line);
            values[(line.Line, column)] = v;
            return v;
        }

        var rows = definition.Lines.Select(l => l.IsHeading
            ? ReportRow.Heading(l.Label, l.Indent)
            : l.Side == LineSide.Text
            ? new ReportRow(l.Line, narrative is null ? l.Label : NarrativeFields.Fill(l.Label, narrative), l.Indent, l.Bold, ReportRow.NoTexts, new Dictionary<string, long>())
            : new ReportRow(l.Line, l.Label, l.Indent, l.Bold, ReportRow.NoTexts, columns.ToDictionary(c => c, c => Value(l, c), StringComparer.Ordinal))).ToList();
        return errors.Count > 0 ? Result.Failure<IReadOnlyList<ReportRow>>(errors.Distinct().ToList()) : Result.Success<IReadOnlyList<ReportRow>>(rows);
    }
}
