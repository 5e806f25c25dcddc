using Microsoft.Data.Sqlite;
using PartyFinance.Application.Ledger;
using PartyFinance.Application.Reporting;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Reporting;
using PartyFinance.Infrastructure.Tests.Ledger;

namespace PartyFinance.Infrastructure.Tests.Reporting;

/// <summary>
/// SQLite: B03's pass over the year's lines goes through the native statement (<see cref="SqliteCashLines"/>); it gives
/// the flows the plain reader's lines give, for the province and for one unit.
/// </summary>
public sealed class CashFlowReadTests
{
    private static readonly ReportPeriod Year = ReportPeriod.WholeYear(2025);

    [Theory]
    [InlineData(null)]
    [InlineData("BTC")]
    public async Task TheNativeRead_GivesTheFlowsOfThePlainReader(string? unit)
    {
        await using var books = await Books.OpenAsync(DatabaseProvider.Sqlite);
        var report = await books.ImportAsync(Books.Payment("a1", "15/03/2025", 1_000_000) + Books.Payment("a2", "10/02/2025", 2_000_000)
            + Books.Payment("a3", "20/03/2025", 500_000, "BTC") + Books.Payment("a4", "21/03/2025", 700_001, "BTC"));
        Assert.True(report.Succeeded, string.Join("; ", report.Errors.Select(e => e.Describe())));
        string[] cash = ["111", "112", "113"];

        using var source = new ReportSource(books.Db.Target, books.Queries, new LedgerReportQueries(books.Db.Target));
        var native = await source.CashFlowsAsync(Year, unit, cash, CancellationToken.None);

        var plain = await PlainLinesAsync(books.Db.Target, unit);
        Assert.Equal(unit is null ? 16 : 8, plain.Count);
        Assert.Equal(CashFlows.Split(plain, cash), native);
        var paid = native.Single(f => f.Contra == "61112");
        Assert.Equal(unit is null ? 4_200_001L : 1_200_001L, paid.Out);
        Assert.Equal(0L, paid.In);
    }

    private static async Task<List<CashFlows.Line>> PlainLinesAsync(DatabaseTarget target, string? unit)
    {
        await using var connection = (SqliteConnection)await target.OpenConnectionAsync(CancellationToken.None);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = ReportSource.CashFlowLinesSql(unit is not null);
        cmd.Parameters.AddWithValue("@year", Year.Year);
        cmd.Parameters.AddWithValue("@from", Year.From);
        cmd.Parameters.AddWithValue("@to", Year.To);
        if (unit is not null)
        {
            cmd.Parameters.AddWithValue("@unit", unit);
        }

        var lines = new List<CashFlows.Line>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(new CashFlows.Line(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetBoolean(4)));
        }

        return lines;
    }
}
