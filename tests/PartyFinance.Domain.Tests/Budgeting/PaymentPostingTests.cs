using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Ledger;

namespace PartyFinance.Domain.Tests.Budgeting;

public class PaymentPostingTests
{
    private static readonly ExpenseAccountMap Map = new(
    [
        new ExpenseAccountRule(Autonomy.Autonomous, 6500, 7049, "61112", new DateOnly(2018, 1, 1), null, "TT 107", "U"),
        new ExpenseAccountRule(Autonomy.NonAutonomous, 6500, 7049, "61122", new DateOnly(2018, 1, 1), null, "TT 107", "U"),
    ]);

    private static readonly DateOnly PayDate = new(2026, 3, 10);

    private static (string Account, long Debit, long Credit)[] Lines(VoucherDraft v) => v.Lines.Select(l => (l.AccountCode, l.Debit, l.Credit)).ToArray();

    [Fact]
    public void BudgetWithdrawal_OfAutonomousSpending_DebitsExpenseCreditsRevenueAndDecreasesThisYearsEstimate()
    {
        var r = Build.Request(7, 2_500_000);

        var v = PaymentPosting.ForPayment(r, PaymentMethod.BudgetWithdrawal, false, PayDate, Map).Value;

        Assert.Equal("RDT", v.TypeCode);
        Assert.Equal([("61112", 2_500_000L, 0L), ("5111", 0L, 2_500_000L), ("008212", 0L, 2_500_000L)], Lines(v));
        Assert.All(v.Lines.Where(l => l.AccountCode.StartsWith('0')), l => Assert.Equal(("12", "340-351", "6501"), (l.FundSource, l.Sector, l.BudgetItem)));
        Assert.Empty(VoucherRules.Check(v, new FakeLedgerCatalog()));
    }

    [Fact]
    public void BudgetWithdrawal_OfNonAutonomousSpending_UsesTheOneOffAccounts()
    {
        var r = Build.Request(7, 1_000, Build.Key(autonomy: Autonomy.NonAutonomous));

        var v = PaymentPosting.ForPayment(r, PaymentMethod.BudgetWithdrawal, false, PayDate, Map).Value;

        Assert.Equal(["61122", "5112", "008222"], v.Lines.Select(l => l.AccountCode));
        Assert.Empty(VoucherRules.Check(v, new FakeLedgerCatalog()));
    }

    [Fact]
    public void PaymentInTheSettlementAdjustmentPeriod_DecreasesThePreviousYearEstimate()
    {
        var r = Build.Request(7, 1_000);

        var v = PaymentPosting.ForPayment(r, PaymentMethod.BudgetWithdrawal, false, new DateOnly(2027, 1, 20), Map).Value;

        Assert.Equal("008112", v.Lines[^1].AccountCode);
        Assert.Empty(VoucherRules.Check(v, new FakeLedgerCatalog()));
    }

    [Theory]
    [InlineData(PaymentMethod.Cash, false, "PC", new[] { "61112", "1111" })]
    [InlineData(PaymentMethod.Bank, false, "UNC", new[] { "61112", "1121" })]
    [InlineData(PaymentMethod.Bank, true, "UNC", new[] { "61112", "1121", "01221" })]
    public void CashAndBankPayments_CreditCashOrDeposit_AndThePaymentOrderWhenFundedByIt(PaymentMethod method, bool byOrder, string type, string[] accounts)
    {
        var v = PaymentPosting.ForPayment(Build.Request(7, 1_000), method, byOrder, PayDate, Map).Value;

        Assert.Equal(type, v.TypeCode);
        Assert.Equal(accounts, v.Lines.Select(l => l.AccountCode));
        Assert.Empty(VoucherRules.Check(v, new FakeLedgerCatalog()));
    }

    [Fact]
    public void Advance_DebitsAdvancesAndDecreasesTheAdvanceEstimate()
    {
        var v = PaymentPosting.ForAdvance(Build.Request(7, 500_000, nature: SpendingNature.Advance), PayDate);

        Assert.Equal([("141", 500_000L, 0L), ("1111", 0L, 500_000L), ("008211", 0L, 500_000L)], Lines(v));
        Assert.Empty(VoucherRules.Check(v, new FakeLedgerCatalog()));
    }

    [Fact]
    public void AdvanceSettlement_MovesTheActualToExpenseAndRealSpending_AndReturnsTheRest()
    {
        var v = PaymentPosting.ForAdvanceSettlement(Build.Request(7, 500_000, nature: SpendingNature.Advance), 420_000, PayDate, Map).Value;

        Assert.Equal(
            [("61112", 420_000L, 0L), ("141", 0L, 420_000L), ("008212", 0L, 420_000L), ("1111", 80_000L, 0L), ("141", 0L, 80_000L), ("008211", 500_000L, 0L)],
            Lines(v));
        Assert.Empty(VoucherRules.Check(v, new FakeLedgerCatalog()));
    }

    [Fact]
    public void UnmappedBudgetItem_IsRefusedBeforeAnyVoucherIsBuilt()
    {
        var r = Build.Request(7, 1_000, Build.Key(item: "6001"));

        Assert.Equal(ExpenseAccountMap.NoMapping, PaymentPosting.ForPayment(r, PaymentMethod.Cash, false, PayDate, Map).FirstError.Code);
    }

    [Fact]
    public void PaymentFromACarriedOverLine_DecreasesThePreviousYearEstimate()
    {
        var r = Build.Request(7, 1_000, Build.Key(year: 2027) with { CarriedOver = true });

        var v = PaymentPosting.ForPayment(r, PaymentMethod.BudgetWithdrawal, false, new DateOnly(2027, 5, 1), Map).Value;

        Assert.Equal("008112", v.Lines[^1].AccountCode);
    }
}
