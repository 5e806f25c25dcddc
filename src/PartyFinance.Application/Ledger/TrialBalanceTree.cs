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
        // Plain loops over strings and arrays: this runs once in a short report command, where LINQ over key-value
        // pairs was compiled at run time (ReadyToRun holds no code for those generic shapes) and took a tenth of it.
        var named = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in chart.Values)
        {
            named[a.Name] = named.GetValueOrDefault(a.Name) + 1;
        }

        var sums = new Dictionary<string, long[]>(StringComparer.Ordinal);
        var hasChildren = new HashSet<string>(StringComparer.Ordinal);
        var offBalance = new HashSet<string>(StringComparer.Ordinal);
        var ancestors = new List<string>();
        foreach (var r in rows)
        {
            if (r.IsOffBalance)
            {
                offBalance.Add(r.Account);
            }

            Ancestors(r.Account, chart, ancestors);
            hasChildren.UnionWith(ancestors);
            ancestors.Add(r.Account);
            foreach (var code in ancestors)
            {
                if (!sums.TryGetValue(code, out var s))
                {
                    sums[code] = s = new long[6];
                }

                s[0] = checked(s[0] + r.OpeningDebit);
                s[1] = checked(s[1] + r.OpeningCredit);
                s[2] = checked(s[2] + r.Debit);
                s[3] = checked(s[3] + r.Credit);
                s[4] = checked(s[4] + r.ClosingDebit);
                s[5] = checked(s[5] + r.ClosingCredit);
            }
        }

        var codes = new List<string>(sums.Keys);
        codes.Sort(StringComparer.Ordinal);
        var lines = new List<TrialBalanceLine>(codes.Count);
        foreach (var code in codes)
        {
            var account = chart.GetValueOrDefault(code);
            var s = sums[code];
            var isOff = account?.IsOffBalance ?? offBalance.Contains(code);
            var name = DistinctName(code, chart, named) ?? FirstName(rows, code);
            Ancestors(code, chart, ancestors);
            lines.Add(new TrialBalanceLine(new TrialBalanceRow(code, name, isOff, s[0], s[1], s[2], s[3], s[4], s[5]), account?.Parent, ancestors.Count, hasChildren.Contains(code)));
        }

        return lines;
    }

    private static string FirstName(IReadOnlyList<TrialBalanceRow> rows, string code)
    {
        foreach (var r in rows)
        {
            if (r.Account == code)
            {
                return r.Name;
            }
        }

        throw new InvalidOperationException($"Account {code} is neither posted nor in the chart.");
    }

    /// <param name="named">How many accounts of the chart bear each name.</param>
    private static string? DistinctName(string code, IReadOnlyDictionary<string, ChartAccount> chart, Dictionary<string, int> named)
    {
        if (!chart.TryGetValue(code, out var a))
        {
            return null;
        }

        if (named.GetValueOrDefault(a.Name) < 2 || a.Parent is null || !chart.TryGetValue(a.Parent, out var parent))
        {
            return a.Name;
        }

        return parent.Name == a.Name ? $"{a.Name} (chi tiết TK {parent.Code})" : $"{a.Name} ({parent.Name})";
    }

    /// <summary>The parent accounts of <paramref name="code"/>, nearest first, into <paramref name="into"/> (cleared first).</summary>
    private static void Ancestors(string code, IReadOnlyDictionary<string, ChartAccount> chart, List<string> into)
    {
        into.Clear();
        for (var c = chart.GetValueOrDefault(code)?.Parent; c is not null && c != code && !into.Contains(c); c = chart.GetValueOrDefault(c)?.Parent)
        {
            into.Add(c);
        }
    }
}
