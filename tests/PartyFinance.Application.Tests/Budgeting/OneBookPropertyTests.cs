using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Tests.Budgeting;

/// <summary>
/// Random sequences of estimate, supplement, transfer, request, approve, pay (each method), advance,
/// settle, Treasury settlement, reversal and close-year. After every step the budget and the books
/// are one: for each unit × fund × item × sector, the lines' estimate less their spending equals the
/// sum of every 008 posting with those dimensions (computed here straight from the vouchers, not
/// through the attribution the store uses); each line's commitments are exactly its open requests;
/// and NSNN revenue (511) equals the NSNN expense recognised (611).
/// </summary>
public class OneBookPropertyTests
{
    private static readonly string[] Items = ["6501", "6551"];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task EveryBudgetLine_EqualsWhatThe008BooksImply_AfterEveryStep(int seed)
    {
        var w = await new World().WithEstimatesAsync("""
            unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date
            VPTU,2026,NSNN,autonomous,340-351,6501,50000000,1-QĐ/TU,2025-12-20
            VPTU,2026,NSNN,autonomous,340-351,6551,30000000,1-QĐ/TU,2025-12-20
            """);
        var random = new Random(seed);
        var reverse = new ReverseSpendingVoucher(w.Store, w.Poster, new ReverseVoucher(new NoLedger(), w.Access, w.Time, new EstimateControl(World.Reference)), w.Access, w.Time);
        var requests = new List<long>();
        for (var step = 0; step < 40; step++)
        {
            var key = World.Autonomous with { BudgetItem = Items[random.Next(Items.Length)] };
            var amount = random.Next(1, 40) * 500_000L;
            var pick = requests.Count == 0 ? 0 : requests[random.Next(requests.Count)];
            switch (random.Next(10))
            {
                case 0:
                    await new RecordEstimateChange(w.Store, World.Reference, w.Poster, w.Access, "ketoan")
                        .RunAsync(key, MovementKind.Adjustment, random.Next(2) == 0 ? amount : -amount, $"Đ{step}", new DateOnly(2026, 3, 1), default);
                    break;
                case 1:
                    await new TransferEstimate(w.Store, World.Reference, w.Poster, w.Access, "ketoan").RunAsync(key, "BTC", amount, $"T{step}", new DateOnly(2026, 3, 1), default);
                    break;
                case 2 or 3:
                    var nature = random.Next(3) == 0 ? SpendingNature.Advance : SpendingNature.Payment;
                    var created = await new CreateSpendingRequest(w.Store, w.Access, w.Time).RunAsync(new NewSpendingRequest(key, amount, "Chi", "ketoan", "Cán bộ A", nature), default);
                    await new SubmitRequest(w.Store, w.Authority, w.Access, w.Time).RunAsync(created.Value.Request.Id, "ketoan", default);
                    await w.Approve.RunAsync(created.Value.Request.Id, "thutruong", World.Today, "QĐ", null, default);
                    requests.Add(created.Value.Request.Id);
                    break;
                case 4 or 5:
                    var method = (PaymentMethod)random.Next(3);
                    await w.Pay.RunAsync(pick, "ketoan", World.Today, method, random.Next(2) == 0, default);
                    break;
                case 6:
                    await w.PostEventAsync("withdraw-cash", amount, key);
                    break;
                case 7:
                    await new SettleAdvance(w.Store, w.Poster, World.Reference, w.Access, w.Time).RunAsync(pick, amount / 2, "ketoan", World.Today, default);
                    await w.PostEventAsync("treasury-advance-settle", amount / 4, key);
                    break;
                case 8 when requests.Count > 0:
                    var voucher = (await w.Store.FindRequestAsync(pick, default))!.History.LastOrDefault(e => e.VoucherNo is not null && e.Action != "payment-reversed")?.VoucherNo;
                    if (voucher is not null)
                    {
                        await reverse.RunAsync(voucher, World.Today, "Sai số tiền", "ketoantruong", default);
                    }

                    break;
                default:
                    await new CancelRequest(w.Store, w.Access, w.Time).RunAsync(pick, "ketoan", "Không thực hiện", default);
                    break;
            }

            await AssertOneBookAsync(w, $"seed {seed}, step {step}");
        }

        await new CloseYear(w.Store, World.Reference, w.Poster, w.Time).RunAsync("VPTU", 2026, "ketoantruong", new DateOnly(2027, 2, 2), default);
        await AssertOneBookAsync(w, $"seed {seed}, after close-year");

        // The sequence did real work: payments went through and the year closed in the books.
        Assert.True(w.Poster.Payments.Count() >= 5, $"seed {seed}: only {w.Poster.Payments.Count()} payment vouchers");
        Assert.Contains(w.Poster.Posted, v => v.Key.StartsWith("YE-2026-", StringComparison.Ordinal));
    }

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var s = 1; s <= 25; s++)
        {
            data.Add(s);
        }

        return data;
    }

    private static async Task AssertOneBookAsync(World w, string where)
    {
        var lines = new List<BudgetLine>();
        foreach (var unit in new[] { "VPTU", "BTC" })
        {
            foreach (var year in new[] { 2026, 2027 })
            {
                lines.AddRange((await w.Store.LinesAsync(unit, year, default)).Where(l => l.Key.Unit == unit));
            }
        }

        var books = w.Poster.Posted.SelectMany(v => v.Lines.Where(l => l.AccountCode.StartsWith("008", StringComparison.Ordinal)).Select(l => (v.UnitCode, l)))
            .GroupBy(x => (x.UnitCode, x.l.FundSource, x.l.BudgetItem, x.l.Sector))
            .ToDictionary(g => g.Key, g => g.Sum(x => x.l.Debit - x.l.Credit));
        foreach (var dims in books.Keys.Concat(lines.Select(l => (l.Key.Unit, (string?)l.Key.FundSource, (string?)l.Key.BudgetItem, (string?)l.Key.Sector))).Distinct())
        {
            var same = lines.Where(l => (l.Key.Unit, l.Key.FundSource, l.Key.BudgetItem, l.Key.Sector) == dims).ToList();
            Assert.True(books.GetValueOrDefault(dims) == same.Sum(l => l.Allocated + l.Adjustments - l.Spent - l.Advanced),
                $"{where}: {dims} books {books.GetValueOrDefault(dims)} ≠ budget {same.Sum(l => l.Allocated + l.Adjustments - l.Spent - l.Advanced)}");
        }

        var open = (await w.Store.RequestsAsync(null, default))
            .Where(r => r.Status == SpendingStatus.Approved || (r.Nature == SpendingNature.Advance && r.Status == SpendingStatus.Paid)).ToList();
        foreach (var line in lines)
        {
            Assert.True(open.Where(r => r.Key == line.Key).Sum(r => r.Amount) == line.Committed, $"{where}: commitments of {line.Key}");
            Assert.Equal(line.Allocated + line.Adjustments - line.Committed - line.Spent - line.Advanced, line.Available);
        }

        long Sum(string prefix, bool debit) => w.Poster.Posted.SelectMany(v => v.Lines)
            .Where(l => l.AccountCode.StartsWith(prefix, StringComparison.Ordinal) && l.FundSource == "NSNN").Sum(l => debit ? l.Debit - l.Credit : l.Credit - l.Debit);
        Assert.True(Sum("511", debit: false) == Sum("611", debit: true), $"{where}: NSNN revenue {Sum("511", false)} ≠ expense {Sum("611", true)}");
    }

    /// <summary>Only spending vouchers are reversed here; the ledger-only path is never taken.</summary>
    private sealed class NoLedger : ILedgerStore
    {
        public Task<ILedgerSession> BeginAsync(CancellationToken ct) => throw new InvalidOperationException("Not a spending voucher.");
    }
}
