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
        private readonly Dictionary<string, bool> _isCash = new(StringComparer.Ordinal);
        private readonly List<Line> _entry = [];
        private readonly List<(string Account, long Weight)> _over = [];

        public IReadOnlyList<CashFlow> Flows => _flows.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new CashFlow(kv.Key, kv.Value.In, kv.Value.Out)).ToList();

        /// <summary>Adds the lines of one voucher (in posting order); a voucher without a cash line adds nothing.</summary>
        /// <remarks>
        /// Plain loops over reused lists (a province's year is millions of vouchers): the entries are the runs of
        /// on-balance lines that balance (debit = credit, not zero), the last run taken as it is.
        /// </remarks>
        public void Add(IReadOnlyList<Line> voucher)
        {
            var any = false;
            for (var i = 0; i < voucher.Count && !any; i++)
            {
                any = IsCash(voucher[i].Account);
            }

            if (!any)
            {
                return;
            }

            _entry.Clear();
            long debit = 0, credit = 0;
            for (var i = 0; i < voucher.Count; i++)
            {
                var l = voucher[i];
                if (l.IsOffBalance)
                {
                    continue;
                }

                _entry.Add(l);
                (debit, credit) = (checked(debit + l.Debit), checked(credit + l.Credit));
                if (debit == credit && debit != 0)
                {
                    AddEntry();
                    _entry.Clear();
                    (debit, credit) = (0, 0);
                }
            }

            if (_entry.Count > 0)
            {
                AddEntry();
            }
        }

        private void AddEntry()
        {
            // Cash moved between cash accounts inside the entry is no flow: only the net in or out counts.
            var net = 0L;
            foreach (var l in _entry)
            {
                if (IsCash(l.Account))
                {
                    net = checked(net + l.Debit - l.Credit);
                }
            }

            var (cashIn, cashOut) = net > 0 ? (net, 0L) : (0L, -net);
            if (cashIn != 0)
            {
                Over(credit: true);
                Spread(cashIn, _over, (a, v) => Record(a, v, 0));
            }

            if (cashOut != 0)
            {
                Over(credit: false);
                Spread(cashOut, _over, (a, v) => Record(a, 0, v));
            }
        }

        /// <summary>The entry's non-cash lines on one side with their amounts, in posting order.</summary>
        private void Over(bool credit)
        {
            _over.Clear();
            foreach (var l in _entry)
            {
                var amount = credit ? l.Credit : l.Debit;
                if (amount > 0 && !IsCash(l.Account))
                {
                    _over.Add((l.Account, amount));
                }
            }
        }

        private bool IsCash(string account)
        {
            if (!_isCash.TryGetValue(account, out var isCash))
            {
                _isCash[account] = isCash = cash.Any(c => account.StartsWith(c, StringComparison.Ordinal));
            }

            return isCash;
        }

        private void Record(string contra, long amountIn, long amountOut)
        {
            ref var f = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_flows, contra, out _);
            f = (checked(f.In + amountIn), checked(f.Out + amountOut));
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
}
