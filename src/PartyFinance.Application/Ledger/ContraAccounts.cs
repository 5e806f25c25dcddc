namespace PartyFinance.Application.Ledger;

/// <summary>
/// TK đối ứng of each line of a voucher. A voucher is written as balanced entries (định khoản) one after the
/// other: 61112 Nợ / 1111 Có, then 3371 Nợ / 5111 Có. Walking the on-balance lines in order, an entry closes
/// when its debits equal its credits; a line's contra accounts are the other side of its own entry.
/// Off-balance lines (single entry) have none.
/// </summary>
public static class ContraAccounts
{
    public sealed record Line(string Account, long Debit, long Credit, bool IsOffBalance);

    public static IReadOnlyList<IReadOnlyList<string>> Of(IReadOnlyList<Line> lines)
    {
        var result = new IReadOnlyList<string>[lines.Count];
        var entry = new List<int>();
        long debit = 0, credit = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            result[i] = [];
            if (lines[i].IsOffBalance)
            {
                continue;
            }

            entry.Add(i);
            (debit, credit) = (checked(debit + lines[i].Debit), checked(credit + lines[i].Credit));
            if (debit == credit && debit != 0)
            {
                Close(lines, entry, result);
                entry.Clear();
                (debit, credit) = (0, 0);
            }
        }

        Close(lines, entry, result);
        return result;
    }

    private static void Close(IReadOnlyList<Line> lines, List<int> entry, IReadOnlyList<string>[] result)
    {
        if (entry.Count == 2 && OneSided(lines[entry[0]]) && OneSided(lines[entry[1]]))
        {
            // Most entries are one debit against one credit: each line's contra is the other (the general rule below, without its lists).
            var (x, y) = (lines[entry[0]], lines[entry[1]]);
            result[entry[0]] = (x.Debit > 0 ? y.Credit > 0 : y.Debit > 0) ? [y.Account] : [];
            result[entry[1]] = (y.Debit > 0 ? x.Credit > 0 : x.Debit > 0) ? [x.Account] : [];
            return;
        }

        foreach (var i in entry)
        {
            var isDebit = lines[i].Debit > 0;
            result[i] = entry.Where(j => isDebit ? lines[j].Credit > 0 : lines[j].Debit > 0).Select(j => lines[j].Account).Distinct(StringComparer.Ordinal).ToList();
        }
    }

    private static bool OneSided(Line line) => (line.Debit > 0) != (line.Credit > 0);
}
