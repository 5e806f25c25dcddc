using System.Globalization;
using PartyFinance.Application.Tests.Budgeting;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Tests.Posting;

/// <summary>
/// The tools register's events as the shipped db/posting rules build them, against journals worked out
/// by hand from TT 107/2017 H153 (§3.1a–c, 3.2, 3.3, 3.15); the Party-fund line (353) is our reading.
/// </summary>
public class ToolPostingScenarioTests
{
    private static readonly PostingRuleBook Book = World.Reference.Posting;
    private static readonly DateOnly March = new(2026, 3, 10);

    private static BudgetLineKey Line(string fund = "NSNN", Autonomy autonomy = Autonomy.Autonomous) => new("VPTU", 2026, fund, autonomy, "340-351", "6956");

    private static string Journal(string @event, BudgetLineKey key)
    {
        var built = Book.Build(@event, PostingContext.For(key, March, PostingContext.Amount(4_500_000)));
        Assert.True(built.IsSuccess, built.IsFailure ? built.FirstError.Message : null);
        var onBalance = built.Value.Lines.Where(l => !l.AccountCode.StartsWith('0')).ToList();
        Assert.Equal(onBalance.Sum(l => l.Debit), onBalance.Sum(l => l.Credit)); // off-balance 008 lines stand alone
        return built.Value.VoucherType + "\n" + string.Join('\n', built.Value.Lines.Select(l =>
            (l.Debit > 0 ? "Nợ " : "Có ") + l.AccountCode + " " + (l.Debit + l.Credit).ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))
            + (l.FundSource is not null ? $" {l.FundSource}/{l.BudgetItem}/{l.Sector}" : string.Empty)));
    }

    private static void Expect(string journal, string actual) => Assert.Equal(journal.ReplaceLineEndings("\n").Trim(), actual);

    [Fact]
    public void BuyingAToolByWithdrawal_PutsItInTheStoreAgainstDeferredRevenue_AndUsesTheEstimate()
    {
        Expect("""
            RDT
            Nợ 153 4.500.000
            Có 36612 4.500.000 NSNN/6956/340-351
            Có 008212 4.500.000 NSNN/6956/340-351
            """, Journal("tool-purchase-withdrawal", Line()));
    }

    [Fact]
    public void BuyingAToolFromWithdrawnCash_MovesTheTemporaryReceiptTo36612()
    {
        Expect("""
            PC
            Nợ 153 4.500.000
            Có 1111 4.500.000
            Nợ 3371 4.500.000 NSNN/6956/340-351
            Có 36612 4.500.000 NSNN/6956/340-351
            """, Journal("tool-purchase-cash", Line()));
    }

    [Fact]
    public void BuyingAToolWithPartyFunds_TakesTheFundOn353_WithoutTemporaryReceipt()
    {
        Expect("""
            PC
            Nợ 153 4.500.000
            Có 1111 4.500.000
            Nợ 353 4.500.000 DANGPHI/6956/340-351
            Có 36612 4.500.000 DANGPHI/6956/340-351
            """, Journal("tool-purchase-cash", Line(fund: "DANGPHI")));
    }

    [Fact]
    public void IssuingATool_ExpensesItOnTheLinesMaterialsAccount()
    {
        Expect("""
            PXK
            Nợ 61122 4.500.000 NSNN/6956/340-351
            Có 153 4.500.000
            """, Journal("tool-issue", Line(autonomy: Autonomy.NonAutonomous)));
        Expect("""
            PXK
            Nợ 6142 4.500.000 PHI/6956/340-351
            Có 153 4.500.000
            """, Journal("tool-issue", Line(fund: "PHI")));
    }

    [Fact]
    public void AtYearEnd_TheValueIssuedMovesFromDeferredRevenueToRevenue()
    {
        Expect("""
            PKT
            Nợ 36612 4.500.000 NSNN/6956/340-351
            Có 5111 4.500.000 NSNN/6956/340-351
            """, Journal("tool-year-end", Line()));
    }
}
