namespace PartyFinance.Application.Ledger;

/// <summary>A row of the printed trial balance: a posted account, or a parent account totalling its sub-accounts.</summary>
public sealed record TrialBalanceLine(TrialBalanceRow Row, string? Parent, int Depth, bool IsParent);

/// <summary>
/// Adds to the posted accounts of a trial balance their parent accounts (cấp 1, cấp 2 …) with each column
/// summed over the sub-accounts, and gives every row a name that tells it apart: a name several accounts
/// share ("Tiền Việt Nam" under 111 and under 112) is followed by its parent's name or number.
/// </summary>
public static class TrialBalanceTree
{
    public static IReadOnlyList<TrialBalanceLine> Build(IReadOnlyList<TrialBalanceRow> rows, IReadOnlyDictionary<string, ChartAccount> chart)
    {
        var shared = chart.Values.GroupBy(a => a.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var sums = new Dictionary<string, long[]>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            foreach (var code in Ancestors(r.Account, chart).Prepend(r.Account))
            {
                var s = sums.TryGetValue(code, out var found) ? found : sums[code] = new long[6];
                long[] add = [r.OpeningDebit, r.OpeningCredit, r.Debit, r.Credit, r.ClosingDebit, r.ClosingCredit];
                for (var i = 0; i < 6; i++)
                {
                    s[i] = checked(s[i] + add[i]);
                }
            }
        }

        var hasChildren = rows.SelectMany(r => Ancestors(r.Account, chart)).ToHashSet(StringComparer.Ordinal);
        var offBalance = rows.Where(r => r.IsOffBalance).Select(r => r.Account).ToHashSet(StringComparer.Ordinal);
        return sums.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv =>
        {
            var account = chart.GetValueOrDefault(kv.Key);
            var s = kv.Value;
            var isOff = account?.IsOffBalance ?? offBalance.Contains(kv.Key);
            var name = DistinctName(kv.Key, chart, shared) ?? rows.First(r => r.Account == kv.Key).Name;
            var row = new TrialBalanceRow(kv.Key, name, isOff, s[0], s[1], s[2], s[3], s[4], s[5]);
            return new TrialBalanceLine(row, account?.Parent, Ancestors(kv.Key, chart).Count(), hasChildren.Contains(kv.Key));
        }).ToList();
    }

    private static string? DistinctName(string code, IReadOnlyDictionary<string, ChartAccount> chart, HashSet<string> shared)
    {
        if (!chart.TryGetValue(code, out var a))
        {
            return null;
        }

        if (!shared.Contains(a.Name) || a.Parent is null || !chart.TryGetValue(a.Parent, out var parent))
        {
            return a.Name;
        }

        return parent.Name == a.Name ? $"{a.Name} (chi tiết TK {parent.Code})" : $"{a.Name} ({parent.Name})";
    }

    private static IEnumerable<string> Ancestors(string code, IReadOnlyDictionary<string, ChartAccount> chart)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { code };
        for (var c = chart.GetValueOrDefault(code)?.Parent; c is not null && seen.Add(c); c = chart.GetValueOrDefault(c)?.Parent)
        {
            yield return c;
        }
    }
}
