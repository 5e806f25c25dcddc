using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Tests.Budgeting;

/// <summary>
/// The figures of one line read from the 008/004 books (<see cref="EstimateAttribution.FiguresFor"/> and
/// <see cref="EstimateAttribution.BelongsTo"/>, which compare a row with the line field by field) are exactly the sum of
/// the rows whose attributed line (<see cref="EstimateAttribution.Attribute"/>) is that line — or, for an account that serves
/// both autonomies, that line of either autonomy when allowed — over every estimate account of the real reference, both
/// years of the settlement-adjustment split, carried-over lines, estimate and spending voucher types, and a row that is
/// not an estimate account at all.
/// </summary>
public class EstimateAttributionTests
{
    private static readonly string[] Units = ["VPTU", "BTC"];
    private static readonly string[] Items = ["6501", "6551"];
    private static readonly (string Fund, string[] Accounts)[] Books =
    [
        ("NSNN", ["008211", "008212", "008221", "008222", "008111", "008112", "008121", "008122", "1111"]),
        ("VIENTRO", ["00421", "00422", "00411", "00412"]),
    ];

    [Fact]
    public void EveryLinesFigures_AreTheSumOfTheRowsAttributedToIt()
    {
        var attribution = new EstimateAttribution(World.Reference.Posting, World.Reference.Calendar);
        var rows = Rows().ToList();
        var (lines, withFigures, differByAutonomyRule) = (0, 0, 0);
        foreach (var key in Keys())
        {
            foreach (var either in new[] { true, false })
            {
                var expected = Expected(attribution, key, rows, either);
                Assert.Equal(expected, attribution.FiguresFor(key, rows, either));
                var byRow = rows.Select(r => attribution.BelongsTo(r, key, either)).OfType<LedgerFigures>().Aggregate(LedgerFigures.None, (t, f) => t.Add(f));
                Assert.Equal(expected, byRow);
                lines++;
                withFigures += expected == LedgerFigures.None ? 0 : 1;
            }

            differByAutonomyRule += attribution.FiguresFor(key, rows, eitherAutonomy: true) != attribution.FiguresFor(key, rows, eitherAutonomy: false) ? 1 : 0;
        }

        // The cases are not vacuous: most lines have figures, and the either-autonomy rule changes some.
        Assert.True(withFigures > lines / 2, $"{withFigures} of {lines} lines have figures");
        Assert.True(differByAutonomyRule > 0);
    }

    /// <summary>The rule as <see cref="EstimateAttribution.Attribute"/> states it, summed the slow way.</summary>
    private static LedgerFigures Expected(EstimateAttribution attribution, BudgetLineKey key, IEnumerable<EstimateBalance> rows, bool either)
    {
        var total = LedgerFigures.None;
        foreach (var row in rows)
        {
            if (attribution.Attribute(row) is { } a && (a.Key == key || (either && a.AnyAutonomy && a.Key with { Autonomy = key.Autonomy } == key)))
            {
                total = total.Add(a.Figures);
            }
        }

        return total;
    }

    private static IEnumerable<EstimateBalance> Rows()
    {
        var n = 0L;
        foreach (var unit in Units)
        {
            foreach (var (fund, accounts) in Books)
            {
                foreach (var account in accounts)
                {
                    foreach (var item in Items)
                    {
                        foreach (var (year, month) in new[] { (2025, 1), (2025, 6), (2026, 1), (2026, 6) })
                        {
                            foreach (var type in new[] { "DTG", "RDT" })
                            {
                                // Rows of another sector too: they belong to no line asked for.
                                foreach (var sector in new[] { "340-351", "340-341" })
                                {
                                    n++;
                                    yield return new EstimateBalance(unit, year, month, account, fund, item, sector, type, 1_000_000 * n, 1_000 * (n % 7));
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static IEnumerable<BudgetLineKey> Keys() =>
        from unit in Units
        from book in Books
        from autonomy in new[] { Autonomy.Autonomous, Autonomy.NonAutonomous }
        from year in new[] { 2024, 2025, 2026 }
        from carried in new[] { false, true }
        from item in Items
        select new BudgetLineKey(unit, year, book.Fund, autonomy, "340-351", item, carried);
}
