namespace PartyFinance.Application.Reporting;

/// <summary>
/// A report's rows in segments — each a heading, one row per item and a total — then a grand total, as a list whose
/// item rows are built each time they are read (equal each time) instead of held: a workbook writing a province's
/// hundred thousand assets holds one row at a time. The headings and totals are built once, by the caller.
/// </summary>
public sealed class SegmentedRows<T>(IReadOnlyList<SegmentedRows<T>.Segment> segments, ReportRow total, Func<T, ReportRow> itemRow) : IReadOnlyList<ReportRow>
{
    public int Count { get; } = segments.Sum(s => s.Items.Count + 2) + 1;

    public ReportRow this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            var i = index;
            foreach (var s in segments)
            {
                if (i < s.Items.Count + 2)
                {
                    return i == 0 ? s.Heading : i <= s.Items.Count ? itemRow(s.Items[i - 1]) : s.Total;
                }

                i -= s.Items.Count + 2;
            }

            return i == 0 ? total : throw new ArgumentOutOfRangeException(nameof(index));
        }
    }

    public IEnumerator<ReportRow> GetEnumerator()
    {
        foreach (var s in segments)
        {
            yield return s.Heading;
            foreach (var item in s.Items)
            {
                yield return itemRow(item);
            }

            yield return s.Total;
        }

        yield return total;
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public sealed record Segment(ReportRow Heading, IReadOnlyList<T> Items, ReportRow Total);
}
