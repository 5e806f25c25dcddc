using System.Globalization;
using PartyFinance.Application.Tests.Budgeting;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Tests.Posting;

/// <summary>
/// One scenario per business event: the entries the shipped db/posting rules build, against a journal
/// worked out by hand from the TT 107/2017 guidance (docs/regulations/posting-sources.md; TT 24/2024 kept
/// the frame, its chart was not found). Lines read "Nợ|Có account amount [fund/item/sector | payee]".
/// </summary>
public class PostingScenarioTests
{
    private static readonly PostingRuleBook Book = World.Reference.Posting;
    private static readonly DateOnly March = new(2026, 3, 10);

    private static BudgetLineKey Line(string fund = "NSNN", Autonomy autonomy = Autonomy.Autonomous, string item = "6551", int year = 2026, bool carried = false) =>
        new("VPTU", year, fund, autonomy, "340-351", item, carried);

    private static string Journal(string @event, BudgetLineKey key, DateOnly date, long amount = 12_500_000, long? actual = null, string? payee = null)
    {
        var amounts = new Dictionary<string, long>(StringComparer.Ordinal) { ["amount"] = amount };
        if (actual is { } a)
        {
            amounts["actual"] = a;
            amounts["returned"] = amount - a;
        }

        var built = Book.Build(@event, PostingContext.For(key, date, amounts, payee));
        Assert.True(built.IsSuccess, built.IsFailure ? built.FirstError.Message : null);
        return built.Value.VoucherType + "\n" + string.Join('\n', built.Value.Lines.Select(l =>
            (l.Debit > 0 ? "Nợ " : "Có ") + l.AccountCode + " " + (l.Debit + l.Credit).ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))
            + (l.FundSource is not null ? $" {l.FundSource}/{l.BudgetItem}/{l.Sector}" : l.Counterparty is not null ? " " + l.Counterparty : string.Empty)));
    }

    private static void Expect(string journal, string actual) => Assert.Equal(journal.ReplaceLineEndings("\n").Trim(), actual);

    [Fact]
    public void ReceivingAnEstimate_IncreasesThisYearsActualSpendingLeafOf008()
    {
        Expect("""
            DTG
            Nợ 008212 12.500.000 NSNN/6551/340-351
            """, Journal("estimate-increase", Line(), new DateOnly(2026, 1, 5)));
    }

    [Fact]
    public void PayingByBudgetWithdrawal_RecognisesExpenseAndRevenue_AndUsesTheEstimate()
    {
        Expect("""
            RDT
            Nợ 61112 12.500.000 NSNN/6551/340-351
            Có 5111 12.500.000 NSNN/6551/340-351
            Có 008212 12.500.000 NSNN/6551/340-351
            """, Journal("pay-withdrawal", Line(), March));
    }

    [Fact]
    public void NonAutonomousSpending_UsesTheOneOffExpenseRevenueAndEstimateAccounts()
    {
        Expect("""
            RDT
            Nợ 61122 12.500.000 NSNN/6551/340-351
            Có 5112 12.500.000 NSNN/6551/340-351
            Có 008222 12.500.000 NSNN/6551/340-351
            """, Journal("pay-withdrawal", Line(autonomy: Autonomy.NonAutonomous), March));
    }

    [Fact]
    public void WithdrawingTheEstimateIntoCash_CreditsTheAdvanceLeaf()
    {
        Expect("""
            RDT
            Nợ 1111 12.500.000
            Có 3371 12.500.000 NSNN/6551/340-351
            Có 008211 12.500.000 NSNN/6551/340-351
            """, Journal("withdraw-cash", Line(), March));
    }

    [Fact]
    public void PayingAnExpenseFromWithdrawnCash_AlsoRecognisesTheRevenue()
    {
        Expect("""
            PC
            Nợ 61112 12.500.000 NSNN/6551/340-351
            Có 1111 12.500.000
            Nợ 3371 12.500.000 NSNN/6551/340-351
            Có 5111 12.500.000 NSNN/6551/340-351
            """, Journal("pay-cash", Line(), March));
    }

    [Fact]
    public void ReceivingAPaymentOrder_DebitsTheDepositAndTheOffBalancePaymentOrderAccount()
    {
        Expect("""
            GBC
            Nợ 1121 12.500.000
            Có 3371 12.500.000 NSNN/6551/340-351
            Nợ 01221 12.500.000 NSNN/6551/340-351
            """, Journal("receive-payment-order", Line(), March));
    }

    [Fact]
    public void PayingFromADepositFundedByAPaymentOrder_RecognisesRevenueAndDecreasesThePaymentOrder()
    {
        Expect("""
            UNC
            Nợ 61112 12.500.000 NSNN/6551/340-351
            Có 1121 12.500.000
            Nợ 3371 12.500.000 NSNN/6551/340-351
            Có 5111 12.500.000 NSNN/6551/340-351
            Có 01221 12.500.000 NSNN/6551/340-351
            """, Journal("pay-bank-order", Line(), March));
    }

    [Fact]
    public void ACashAdvanceToStaff_DoesNotTouch008()
    {
        Expect("""
            PC
            Nợ 141 12.500.000 Nguyễn Văn An
            Có 1111 12.500.000
            """, Journal("advance", Line(), March, payee: "Nguyễn Văn An"));
    }

    [Fact]
    public void SettlingAnAdvance_RecognisesExpenseAndRevenueForWhatWasSpent_AndTakesBackTheRest()
    {
        Expect("""
            PKT
            Nợ 61112 10.000.000 NSNN/6551/340-351
            Có 141 10.000.000 Nguyễn Văn An
            Nợ 3371 10.000.000 NSNN/6551/340-351
            Có 5111 10.000.000 NSNN/6551/340-351
            Nợ 1111 2.500.000
            Có 141 2.500.000 Nguyễn Văn An
            """, Journal("advance-settle", Line(), March, actual: 10_000_000, payee: "Nguyễn Văn An"));
    }

    [Fact]
    public void SettlingTheAdvanceWithTheTreasury_MovesTheEstimateFromAdvanceToActual()
    {
        Expect("""
            CTK
            Nợ 008211 12.500.000 NSNN/6551/340-351
            Có 008212 12.500.000 NSNN/6551/340-351
            """, Journal("treasury-advance-settle", Line(), March));
    }

    [Fact]
    public void PayrollAndSalaryByWithdrawal_PostTheSalaryPayable()
    {
        Expect("""
            CTK
            Nợ 61111 12.500.000 NSNN/6001/340-351
            Có 3341 12.500.000
            """, Journal("payroll", Line(item: "6001"), March));
        Expect("""
            RDT
            Nợ 3341 12.500.000
            Có 5111 12.500.000 NSNN/6001/340-351
            Có 008212 12.500.000 NSNN/6001/340-351
            """, Journal("pay-salary-withdrawal", Line(item: "6001"), March));
    }

    [Fact]
    public void PaymentInTheSettlementAdjustmentPeriod_AndFromACarriedOverLine_UseTheYearBeforeAccounts()
    {
        Expect("""
            RDT
            Nợ 61112 12.500.000 NSNN/6551/340-351
            Có 5111 12.500.000 NSNN/6551/340-351
            Có 008112 12.500.000 NSNN/6551/340-351
            """, Journal("pay-withdrawal", Line(), new DateOnly(2027, 1, 20)));
        Expect("""
            RDT
            Nợ 61112 12.500.000 NSNN/6551/340-351
            Có 5111 12.500.000 NSNN/6551/340-351
            Có 008112 12.500.000 NSNN/6551/340-351
            """, Journal("pay-withdrawal", Line(year: 2027, carried: true), new DateOnly(2027, 5, 1)));
    }

    [Fact]
    public void YearEnd_CarryForwardAndCancellation_MoveTheYearBeforeEstimate()
    {
        Expect("""
            DTG
            Có 008112 12.500.000 NSNN/6551/340-351
            """, Journal("carry-forward-out", Line(), new DateOnly(2027, 1, 31)));
        Expect("""
            DTG
            Nợ 008112 12.500.000 NSNN/6551/340-351
            """, Journal("carry-forward-in", Line(year: 2027, carried: true), new DateOnly(2027, 2, 1)));
        Expect("""
            DTG
            Có 008112 12.500.000 NSNN/6551/340-351
            """, Journal("estimate-cancel", Line(), new DateOnly(2027, 1, 31)));
    }

    [Fact]
    public void Aid_PostsToTheAidExpenseRevenueAndOffBalanceAccounts()
    {
        Expect("""
            RDT
            Nợ 6121 12.500.000 VIENTRO/6551/340-351
            Có 5121 12.500.000 VIENTRO/6551/340-351
            Có 00422 12.500.000 VIENTRO/6551/340-351
            """, Journal("pay-withdrawal", Line(fund: "VIENTRO"), March));
    }

    [Fact]
    public void RetainedFees_PostToTheFeeExpenseRevenueAndOffBalanceAccounts()
    {
        Expect("""
            PC
            Nợ 6142 12.500.000 PHI/6551/340-351
            Có 1111 12.500.000
            Nợ 3373 12.500.000 PHI/6551/340-351
            Có 514 12.500.000 PHI/6551/340-351
            """, Journal("pay-cash", Line(fund: "PHI"), March));
        Expect("""
            RDT
            Nợ 6142 12.500.000 PHI/6551/340-351
            Có 514 12.500.000 PHI/6551/340-351
            Có 0141 12.500.000 PHI/6551/340-351
            """, Journal("pay-withdrawal", Line(fund: "PHI"), March));
    }

    [Theory]
    [InlineData("DANGPHI")]
    [InlineData("QUYDUTRU")]
    public void PartyFunds_StayOutsideRevenue511AndTheEstimate008(string fund)
    {
        Expect($"""
            PC
            Nợ 61112 12.500.000 {fund}/6551/340-351
            Có 1111 12.500.000
            """, Journal("pay-cash", Line(fund: fund), March));
        Assert.Empty(Book.Build("estimate-increase", PostingContext.For(Line(fund: fund), March, PostingContext.Amount(1))).Value.Lines);
    }

    [Fact]
    public void AnEventWithoutRules_IsRefusedNamingTheEvent()
    {
        var r = Book.Build("no-such-event", PostingContext.For(Line(), March, PostingContext.Amount(1)));

        Assert.Equal(PostingRuleBook.NoRule, r.FirstError.Code);
        Assert.Contains("no-such-event", r.FirstError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABudgetItemWithoutAnExpenseAccount_IsRefusedNamingTheItem()
    {
        var r = Book.Build("pay-cash", PostingContext.For(Line(item: "9999"), March, PostingContext.Amount(1)));

        Assert.Equal((AccountRoleMap.Unmapped, "budget_item"), (r.FirstError.Code, r.FirstError.Field));
    }
}
