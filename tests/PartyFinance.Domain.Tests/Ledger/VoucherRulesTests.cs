using PartyFinance.Domain.Ledger;

namespace PartyFinance.Domain.Tests.Ledger;

public class VoucherRulesTests
{
    private readonly TestCatalog _catalog = new();

    private string[] Codes(VoucherDraft d) => VoucherRules.Check(d, _catalog).Select(e => e.Code).ToArray();

    [Fact]
    public void Check_WhenBalancedAndComplete_FindsNothing() => Assert.Empty(Codes(Drafts.Payment()));

    [Fact]
    public void Check_WhenDebitsDifferFromCredits_RefusesAsUnbalanced()
    {
        var errors = VoucherRules.Check(Drafts.With(new("1111", 1000, 0, Row: 2), new("3371", 0, 999, Row: 3)), _catalog);
        var e = Assert.Single(errors);
        Assert.Equal(LedgerErrors.Unbalanced, e.Code);
        Assert.Contains("1.000 đ", e.Message);
        Assert.Contains("999 đ", e.Message);
    }

    [Fact]
    public void Check_OffBalanceLinesAreSingleSidedAndDoNotCountInTheBalance()
    {
        var draft = Drafts.With(new("1111", 500, 0), new("3371", 0, 500), new("008212", 0, 500, "NSNN", "6001", "340-351"));
        Assert.Empty(Codes(draft));
        Assert.Empty(Codes(Drafts.With(new PostingDraft("008212", 700, 0, "NSNN", "6001", "340-351"))));
    }

    [Theory]
    [InlineData(-5, 0, LedgerErrors.AmountNotPositive)]
    [InlineData(5, 5, LedgerErrors.BothSides)]
    [InlineData(0, 0, LedgerErrors.NoSide)]
    public void Check_WhenALineHasNoSingleOrPositiveAmount_NamesTheRule(long debit, long credit, string code) =>
        Assert.Contains(code, Codes(Drafts.With(new PostingDraft("1111", debit, credit, Row: 7))));

    [Fact]
    public void Check_WhenAccountIsUnknown_RefusesAndPointsAtTheRowAndColumn()
    {
        var e = Assert.Single(VoucherRules.Check(Drafts.With(new("9999", 10, 0, Row: 7), new("3371", 0, 10, Row: 8)), _catalog));
        Assert.Equal((LedgerErrors.AccountUnknown, 7, "account"), (e.Code, e.Row, e.Field));
    }

    [Fact]
    public void Check_WhenAccountHasExpired_RefusesAsNotValidOnDate() =>
        Assert.Contains(LedgerErrors.AccountNotValidOnDate, Codes(Drafts.With(new("3318", 10, 0), new("3371", 0, 10))));

    [Fact]
    public void Check_WhenAccountHasChildren_RequiresTheLeaf() =>
        Assert.Contains(LedgerErrors.AccountNotLeaf, Codes(Drafts.With(new("111", 10, 0), new("3371", 0, 10))));

    [Fact]
    public void Check_ExpenseAccountWithoutFundSourceAndBudgetItem_ListsEachMissingDimension()
    {
        var errors = VoucherRules.Check(Drafts.With(new("61112", 10, 0, Row: 4), new("1111", 0, 10)), _catalog);
        Assert.Equal(["fund_source", "budget_item", "sector"], errors.Where(e => e.Code == LedgerErrors.DimensionRequired).Select(e => e.Field));
    }

    [Fact]
    public void Check_WhenDimensionValuesAreNotInTheCatalogues_NamesEach()
    {
        var codes = Codes(Drafts.With(new("61112", 10, 0, "XYZ", "9999", "999-999"), new("1111", 0, 10)));
        Assert.Contains(LedgerErrors.FundSourceUnknown, codes);
        Assert.Contains(LedgerErrors.BudgetItemUnknown, codes);
        Assert.Contains(LedgerErrors.SectorUnknown, codes);
    }

    [Fact]
    public void Check_WhenUnitHasBeenMergedAway_RefusesAsInactive() =>
        Assert.Contains(LedgerErrors.UnitInactive, Codes(Drafts.Payment(date: new DateOnly(2025, 7, 1), unit: "DUK")));

    [Fact]
    public void Check_WhenUnitDoesNotExist_RefusesAsUnknown() =>
        Assert.Contains(LedgerErrors.UnitUnknown, Codes(Drafts.Payment(unit: "NOPE")));

    [Fact]
    public void Check_WhenMonthIsLocked_RefusesPosting()
    {
        _catalog.Locked.Add(("VPTU", 2025, 3));
        Assert.Equal([LedgerErrors.PeriodLocked], Codes(Drafts.Payment()));
        Assert.Empty(Codes(Drafts.Payment(date: new DateOnly(2025, 4, 1))));
    }

    [Fact]
    public void Check_WhenTypeOrKeyOrDescriptionMissing_NamesEach()
    {
        var draft = Drafts.Payment() with { Key = " ", TypeCode = "XX", Description = "" };
        Assert.Equal([LedgerErrors.KeyMissing, LedgerErrors.DescriptionMissing, LedgerErrors.VoucherTypeUnknown], Codes(draft));
    }

    [Fact]
    public void Check_WhenVoucherHasNoLines_Refuses() =>
        Assert.Contains(LedgerErrors.NoLines, Codes(Drafts.With()));

    [Fact]
    public void Check_WhenAmountIsAbsurdlyLarge_RefusesBeforeSumsCanOverflow() =>
        Assert.Contains(LedgerErrors.AmountTooLarge, Codes(Drafts.With(new("1111", long.MaxValue, 0), new("3371", 0, long.MaxValue))));
}
