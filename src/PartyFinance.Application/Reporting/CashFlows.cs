namespace PartyFinance.Application.Reporting;

/// <summary>Cash received (In) and paid (Out) against one contra account over a period.</summary>
public sealed record CashFlow(string Contra, long In, long Out);

/// <summary>
/// Splits the cash lines of vouchers by the account on the other side of their entry (định khoản), for the
/// cash-flow statement. Entries are found as <see cref="Ledger.ContraAccounts"/> finds them. Within an entry,
/// cash received is spread over the non-cash credit lines by their amounts (exactly their amounts in the usual
/// entry), cash paid over the non-cash debit lines; transfers between cash accounts are neither.
/// </summary>
public static class CashFlows
{
    public sealed record Line(long Voucher, string Account, long Debit, long Credit, bool IsOffBalance);

    public static IReadOnlyList<CashFlow> Split(IEnumerable<Line> lines, IReadOnlyCollection<string> cash)
    {
        var sum = new Accumulator(cash);
        foreach (var voucher in lines.GroupBy(l => l.Voucher))
        {
            sum.Add(voucher.ToList());
        }

        return sum.Flows;
    }

    /// <summary>Sums the flows voucher by voucher, so a reader can stream a year of lines through it.</summary>
    public sealed class Accumulator(IReadOnlyCollection<string> cash)
    {
        private readonly Dictionary<string, (long In, long Out)> _flows = new(StringComparer.Ordinal);

        public IReadOnlyList<CashFlow> Flows => _flows.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new CashFlow(kv.Key, kv.Value.In, kv.Value.Out)).ToList();

        /// <summary>Adds the lines of one voucher (in posting order); a voucher without a cash line adds nothing.</summary>
        public void Add(IReadOnlyList<Line> voucher)
        {
            if (!voucher.Any(l => IsCash(l.Account)))
            {
                return;
            }

            foreach (var entry in Entries(voucher.Where(l => !l.IsOffBalance).ToList()))
            {
                // Cash moved between cash accounts inside the entry is no flow: only the net in or out counts.
                var net = entry.Where(l => IsCash(l.Account)).Aggregate(0L, (sum, l) => checked(sum + l.Debit - l.Credit));
                var (cashIn, cashOut) = net > 0 ? (net, 0L) : (0L, -net);
                Spread(cashIn, entry.Where(l => !IsCash(l.Account) && l.Credit > 0).Select(l => (l.Account, l.Credit)).ToList(), (a, v) => Record(a, v, 0));
                Spread(cashOut, entry.Where(l => !IsCash(l.Account) && l.Debit > 0).Select(l => (l.Account, l.Debit)).ToList(), (a, v) => Record(a, 0, v));
            }
        }

        private bool IsCash(string account) => cash.Any(c => account.StartsWith(c, StringComparison.Ordinal));

        private void Record(string contra, long amountIn, long amountOut)
        {
            var f = _flows.GetValueOrDefault(contra);
            _flows[contra] = (checked(f.In + amountIn), checked(f.Out + amountOut));
        }
    }

    /// <summary>Shares <paramref name="amount"/> over the lines by their weights; the last line takes what rounding leaves.</summary>
    private static void Spread(long amount, List<(string Account, long Weight)> over, Action<string, long> add)
    {
        if (amount == 0 || over.Count == 0)
        {
            return;
        }

        var total = over.Sum(o => o.Weight);
        var left = amount;
        for (var i = 0; i < over.Count; i++)
        {
            var share = i == over.Count - 1 ? left : total == amount ? over[i].Weight : (long)((decimal)amount * over[i].Weight / total);
            add(over[i].Account, share);
            left = checked(left - share);
        }
    }

    private static IEnumerable<List<Line>> Entries(List<Line> lines)
    {
        var entry = new List<Line>();
        long debit = 0, credit = 0;
        foreach (var l in lines)
        {
            entry.Add(l);
            (debit, credit) = (checked(debit + l.Debit), checked(credit + l.Credit));
            if (debit == credit && debit != 0)
            {
                yield return entry;
                entry = [];
                (debit, credit) = (0, 0);
            }
        }

        if (entry.Count > 0)
        {
            yield return entry;
        }
    }
}
