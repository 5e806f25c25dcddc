using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Ledger;
using PartyFinance.Application.Reference;
using PartyFinance.Domain.Ledger;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Ledger;

/// <summary>
/// The chart shipped in db/reference/accounts.csv, loaded by db init: every leaf the posting rules
/// post to exists on each side of the 2025 regime change, with the dimensions the rules fill in.
/// </summary>
public class ShippedChartTests
{
    private const Dimension Expense = Dimension.FundSource | Dimension.BudgetItem | Dimension.Sector;
    private const Dimension Revenue = Dimension.FundSource | Dimension.Sector;

    public static TheoryData<string> Dates => new() { "2024-06-30", "2025-06-30", "2026-06-30" };

    private static readonly (string Code, Dimension Dims)[] PostingLeaves =
    [
        ("1111", Dimension.None), ("1121", Dimension.None), ("141", Dimension.Counterparty), ("153", Dimension.None),
        ("2141", Dimension.None), ("2142", Dimension.None), ("3341", Dimension.None), ("3335", Dimension.None),
        ("3371", Dimension.None), ("3378", Dimension.None), ("36611", Dimension.FundSource), ("36612", Dimension.FundSource),
        ("353", Dimension.FundSource),
        ("5111", Revenue), ("5112", Revenue), ("5118", Revenue), ("5121", Revenue), ("5122", Revenue), ("514", Revenue),
        ("61111", Expense), ("61112", Expense), ("61113", Expense), ("61118", Expense),
        ("61121", Expense), ("61122", Expense), ("61123", Expense), ("61128", Expense),
        ("6121", Expense), ("6122", Expense), ("6141", Expense), ("6142", Expense), ("6143", Expense), ("6148", Expense),
        ("9111", Dimension.None), ("91181", Dimension.None), ("4211", Dimension.None), ("4218", Dimension.None),
        ("008111", Expense), ("008112", Expense), ("008121", Expense), ("008122", Expense),
        ("008211", Expense), ("008212", Expense), ("008221", Expense), ("008222", Expense),
        ("01211", Expense), ("01212", Expense), ("01221", Expense), ("01222", Expense),
        ("00411", Expense), ("00412", Expense), ("00421", Expense), ("00422", Expense),
        ("0141", Expense), ("0142", Expense),
    ];

    [Theory]
    [MemberData(nameof(Dates))]
    public async Task ShippedChart_HasEveryPostingLeafWithTheDimensionsTheRulesFill(string day)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var catalog = new LedgerCatalog(await LoadAsync());

        foreach (var (code, dims) in PostingLeaves)
        {
            var account = catalog.FindAccount(code, date);
            Assert.True(account is not null, $"{code} is not valid on {day}");
            Assert.True(catalog.IsLeaf(code, date), $"{code} is not a leaf on {day}");
            Assert.True(dims == account.RequiredDimensions, $"{code} on {day}: {account.RequiredDimensions}, expected {dims}");
        }

        foreach (var parent in new[] { "512", "612", "614", "3331", "652", "0082", "00821" })
        {
            Assert.False(catalog.IsLeaf(parent, date), $"{parent} must have sub-accounts on {day}");
        }
    }

    [Fact]
    public async Task ShippedChart_KeepsEveryTt107AccountAfter2024_MarkedUnverifiedUntilTt24IsRead()
    {
        var data = await LoadAsync();
        var catalog = new LedgerCatalog(data);
        var last107 = new DateOnly(2024, 12, 31);
        var first24 = new DateOnly(2025, 1, 1);

        foreach (var old in data.Accounts.Where(a => a.IsValidOn(last107)))
        {
            Assert.Equal(last107, old.ValidTo);
            var next = catalog.FindAccount(old.Code, first24);
            Assert.True(next is not null, $"{old.Code} disappears on 01/01/2025");
            Assert.Equal(old.ParentCode, next.ParentCode);
        }

        Assert.All(data.Accounts.Where(a => a.IsValidOn(first24)), a => Assert.Equal("U", a.Verified));
        Assert.Equal("Nguồn cải cách tiền lương", catalog.FindAccount("468", last107)!.Name);
        Assert.Equal("Nguồn kinh phí mang sang năm sau", catalog.FindAccount("468", first24)!.Name);
        Assert.Null(catalog.FindAccount("135", last107));
        Assert.NotNull(catalog.FindAccount("135", first24));
    }

    private static async Task<ReferenceData> LoadAsync()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var ctx = db.Target.CreateContext();
        var accounts = (await ctx.Accounts.ToListAsync()).ConvertAll(a => new Account(a.Code, a.Name, a.ParentCode, a.IsOffBalance,
            Dimensions.Parse(a.RequiredDimensions, out _), a.ValidFrom, a.ValidTo, a.Source, a.Verified));
        return new ReferenceData(accounts, [], [], [], [], []);
    }
}
