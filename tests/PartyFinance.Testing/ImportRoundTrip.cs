using System.Globalization;
using System.Text;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Testing;

/// <summary>
/// What books need before `voucher import` of another database's year (the import round trip of the tests and of
/// `bench run`'s voucher-import step): the command lines that prepare them, and the year's opening balances read from
/// the source in the form `balance import` reads. The units come from `unit list --format csv`, which is the
/// form of `unit import`.
/// </summary>
public static class ImportRoundTrip
{
    /// <summary>The importing user of the fresh books: province-wide accountant, as the demo's `ketoan`.</summary>
    public const string Accountant = "ketoan";

    public const string Admin = "quantri";

    /// <summary>The commands (without `--db`) that make fresh books ready: the schema and reference data, the administrator, the accountant, the units, the opening balances.</summary>
    public static IReadOnlyList<string[]> PrepareCommands(string unitsCsv, string openingCsv) =>
    [
        ["db", "init", "--admin", Admin, "--name", "Quản trị viên"],
        ["--by", Admin, "user", "add", Accountant, "--name", "Trần Thị Kế", "--role", "accountant", "--scope", "province", "--from", "2018-01-01"],
        ["--by", Admin, "unit", "import", unitsCsv],
        ["--by", Accountant, "balance", "import", openingCsv],
    ];

    /// <summary>The opening balances of <paramref name="year"/> in <paramref name="source"/>, header <c>unit,year,account,debit,credit</c>.</summary>
    public static async Task<string> OpeningCsvAsync(DatabaseTarget source, int year, CancellationToken ct)
    {
        var csv = new StringBuilder("unit,year,account,debit,credit\n");
        await using var connection = await source.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = LedgerJournalExport.OpeningsSql(false);
        var y = cmd.CreateParameter();
        y.ParameterName = "@year";
        y.Value = year;
        cmd.Parameters.Add(y);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var (debit, credit) = (r.GetInt64(2), r.GetInt64(3));
            csv.Append(CultureInfo.InvariantCulture, $"{r.GetString(0)},{year},{r.GetString(1)},{(debit == 0 ? string.Empty : debit)},{(credit == 0 ? string.Empty : credit)}\n");
        }

        return csv.ToString();
    }
}
