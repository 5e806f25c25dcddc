using PartyFinance.Domain.Ledger;

namespace PartyFinance.Domain.Tests.Ledger;

public class VoucherTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 15, 8, 0, 0, TimeSpan.Zero);
    private readonly TestCatalog _catalog = new();

    private static readonly IReadOnlySet<string> NoMirror = new HashSet<string>();

    [Fact]
    public void Post_WhenValid_NumbersPerUnitTypeAndYear()
    {
        var asked = new List<(string, string, int)>();
        var v = Voucher.Post(Drafts.Payment(), _catalog, (u, t, y) => { asked.Add((u, t, y)); return 7; }, "ketoan", At, NoMirror).Value;
        Assert.Equal("VPTU/PC/2025/000007", v.Number.ToString());
        Assert.Equal([("VPTU", "PC", 2025)], asked);
        Assert.Equal(3_000_000, v.Amount);
        Assert.Equal(("ketoan", At), (v.PostedBy, v.PostedAt));
    }

    [Fact]
    public void Post_WhenRefused_NeverTakesANumber()
    {
        var taken = 0;
        var r = Voucher.Post(Drafts.With(new("1111", 1, 0), new("3371", 0, 2)), _catalog, (_, _, _) => ++taken, "ketoan", At, NoMirror);
        Assert.True(r.IsFailure);
        Assert.Equal(0, taken);
    }

    [Fact]
    public void Reverse_MirrorsEveryLineAndLinksToTheOriginal()
    {
        var original = Voucher.Post(Drafts.Payment(), _catalog, (_, _, _) => 1, "ketoan", At, NoMirror).Value;
        var reversal = Voucher.Reverse(original, false, new DateOnly(2025, 4, 2), "Ghi nhầm", _catalog, (_, _, _) => 2, "ketoantruong", At).Value;

        Assert.Equal(original.Number, reversal.Reverses);
        Assert.Equal("VPTU/PC/2025/000002", reversal.Number.ToString());
        Assert.Equal(original.Postings.Select(p => (p.AccountCode, p.Credit, p.Debit)), reversal.Postings.Select(p => (p.AccountCode, p.Debit, p.Credit)));
        Assert.Equal("Ghi nhầm", reversal.ReversalReason);
        Assert.Null(original.Reverses);
    }

    [Fact]
    public void Reverse_OffBalanceIncreaseBecomesDecrease()
    {
        var original = Voucher.Post(Drafts.With(new PostingDraft("008212", 900, 0, "NSNN", "6001", "340-351")), _catalog, (_, _, _) => 1, "a", At, NoMirror).Value;
        var reversal = Voucher.Reverse(original, false, Drafts.Day, "sai", _catalog, (_, _, _) => 2, "a", At).Value;
        Assert.Equal(EntrySide.Credit, Assert.Single(reversal.Postings).Side);
    }

    [Theory]
    [InlineData(true, "ly do", "2025-04-01", LedgerErrors.AlreadyReversed)]
    [InlineData(false, " ", "2025-04-01", LedgerErrors.ReasonRequired)]
    [InlineData(false, "ly do", "2025-03-14", LedgerErrors.ReversalBeforeOriginal)]
    public void Reverse_RefusesWithTheRuleThatApplies(bool alreadyReversed, string reason, string date, string code)
    {
        var original = Voucher.Post(Drafts.Payment(), _catalog, (_, _, _) => 1, "a", At, NoMirror).Value;
        var r = Voucher.Reverse(original, alreadyReversed, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), reason, _catalog, (_, _, _) => 2, "a", At);
        Assert.Equal(code, r.FirstError.Code);
    }

    [Fact]
    public void Reverse_OfAReversal_IsRefused()
    {
        var original = Voucher.Post(Drafts.Payment(), _catalog, (_, _, _) => 1, "a", At, NoMirror).Value;
        var reversal = Voucher.Reverse(original, false, Drafts.Day, "x", _catalog, (_, _, _) => 2, "a", At).Value;
        Assert.Equal(LedgerErrors.CannotReverseReversal, Voucher.Reverse(reversal, false, Drafts.Day, "x", _catalog, (_, _, _) => 3, "a", At).FirstError.Code);
    }

    [Fact]
    public void Reverse_IntoALockedMonth_IsRefused()
    {
        var original = Voucher.Post(Drafts.Payment(), _catalog, (_, _, _) => 1, "a", At, NoMirror).Value;
        _catalog.Locked.Add(("VPTU", 2025, 3));
        Assert.Equal(LedgerErrors.PeriodLocked, Voucher.Reverse(original, false, Drafts.Day, "x", _catalog, (_, _, _) => 2, "a", At).FirstError.Code);
    }

    [Fact]
    public void Fingerprint_IsStableForTheSameContentAndChangesWithAnyAmount()
    {
        Assert.Equal(VoucherFingerprint.Of(Drafts.Payment()), VoucherFingerprint.Of(Drafts.Payment()));
        Assert.NotEqual(VoucherFingerprint.Of(Drafts.Payment()), VoucherFingerprint.Of(Drafts.Payment(1_500_001)));
    }

    [Theory]
    [InlineData("VPTU/PC/2025/000012", true)]
    [InlineData("VPTU/PC/2025", false)]
    [InlineData("VPTU/PC/2025/0", false)]
    public void VoucherNumber_ParsesOnlyTheFullForm(string text, bool ok)
    {
        Assert.Equal(ok, VoucherNumber.TryParse(text, out var n));
        if (ok)
        {
            Assert.Equal(text, n.ToString());
        }
    }
}
