using PartyFinance.Application.Common;
using PartyFinance.Application.Reporting;
using PartyFinance.Composition;

namespace PartyFinance.Web.Api;

/// <summary>
/// What the voucher and request forms offer to pick: leaf and parent accounts of the stored chart
/// (code and name), and the budget classification's items, sub-items and Loại–Khoản of
/// db/reference/budget-classification.csv (the file `db init` loads), filtered by what was typed.
/// </summary>
public sealed class Pickers(IReportSource source, ProductSettings settings)
{
    private static readonly Dictionary<string, IReadOnlyList<Pick>> Items = [];

    public sealed record Pick(string Code, string Name, string Kind);

    public async Task<IReadOnlyList<Pick>> AccountsAsync(string? q, CancellationToken ct)
    {
        var chart = await source.ChartAsync(ct);
        return chart.Values.Where(a => Matches(a.Code, a.Name, q)).OrderBy(a => a.Code, StringComparer.Ordinal).Take(q is null ? 1000 : 50)
            .Select(a => new Pick(a.Code, a.Name, a.IsOffBalance ? "off-balance" : "on-balance")).ToList();
    }

    public IReadOnlyList<Pick> BudgetItems(string? q) => Load().Where(p => Matches(p.Code, p.Name, q)).Take(q is null ? 1000 : 50).ToList();

    private IReadOnlyList<Pick> Load()
    {
        lock (Items)
        {
            if (Items.TryGetValue(settings.ReferenceFolder, out var cached))
            {
                return cached;
            }

            var picks = new List<Pick>();
            using var csv = new CsvReader(File.OpenRead(Path.Combine(settings.ReferenceFolder, "budget-classification.csv")));
            var header = csv.ReadRecord() ?? [];
            int kind = IndexOf(header, "kind"), code = IndexOf(header, "code"), name = IndexOf(header, "name"), to = IndexOf(header, "valid_to");
            while (csv.ReadRecord() is { } row)
            {
                if (row[kind] is "item" or "sub-item" or "sector" && row[to].Length == 0)
                {
                    picks.Add(new Pick(row[code], row[name], row[kind]));
                }
            }

            var distinct = picks.DistinctBy(p => (p.Kind, p.Code)).OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
            Items[settings.ReferenceFolder] = distinct;
            return distinct;
        }
    }

    /// <summary>The voucher types in force (db/reference/voucher-types.csv), code and name.</summary>
    public IReadOnlyList<Pick> VoucherTypes()
    {
        var picks = new List<Pick>();
        using var csv = new CsvReader(File.OpenRead(Path.Combine(settings.ReferenceFolder, "voucher-types.csv")));
        var header = csv.ReadRecord() ?? [];
        int code = IndexOf(header, "code"), name = IndexOf(header, "name"), to = IndexOf(header, "valid_to");
        while (csv.ReadRecord() is { } row)
        {
            if (row[to].Length == 0)
            {
                picks.Add(new Pick(row[code], row[name], "voucher-type"));
            }
        }

        return picks;
    }

    /// <summary>The fund sources (db/reference/fund-sources.csv), code and name.</summary>
    public IReadOnlyList<Pick> FundSources()
    {
        var picks = new List<Pick>();
        using var csv = new CsvReader(File.OpenRead(Path.Combine(settings.ReferenceFolder, "fund-sources.csv")));
        var header = csv.ReadRecord() ?? [];
        int code = IndexOf(header, "code"), name = IndexOf(header, "name");
        while (csv.ReadRecord() is { } row)
        {
            picks.Add(new Pick(row[code], row[name], "fund-source"));
        }

        return picks.DistinctBy(p => p.Code).ToList();
    }

    private static int IndexOf(IReadOnlyList<string> header, string column) => header.ToList().IndexOf(column);

    private static bool Matches(string code, string name, string? q) =>
        string.IsNullOrWhiteSpace(q) || code.StartsWith(q.Trim(), StringComparison.Ordinal) || name.Contains(q.Trim(), StringComparison.CurrentCultureIgnoreCase);
}
