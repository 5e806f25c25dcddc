using System.Globalization;
using System.Text;
using PartyFinance.Application.Common;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Common;

namespace PartyFinance.Web.Ledger;

/// <summary>One line typed on the voucher screen: amounts in whole đồng as typed (150000000 or 150.000.000), one side per line; read by the import's own amount rules.</summary>
public sealed record EntryLine(string? Account, string? Debit, string? Credit, string? FundSource = null, string? BudgetItem = null, string? Sector = null,
    string? Program = null, string? Counterparty = null);

/// <summary>A voucher typed on the screen: its idempotency key (given by the form, so a double submit posts once), header and lines.</summary>
public sealed record EntryVoucher(string? Key, DateOnly Date, string Unit, string Type, string Description, IReadOnlyList<EntryLine> Lines);

/// <summary>
/// Posts a typed voucher through <see cref="ImportVouchers"/> — the same checks as `voucher import`
/// (balance, dimensions, open period, budget check, permission voucher.import for the unit), as a
/// one-voucher CSV. Errors come back naming the line (1 = the first line typed) and the column.
/// </summary>
public sealed class VoucherEntry(ImportVouchers import)
{
    public const string Header = "key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector,program,counterparty";

    public async Task<ImportReport> PostAsync(EntryVoucher v, string by, CancellationToken ct)
    {
        var key = string.IsNullOrWhiteSpace(v.Key) ? "WEB-" + Guid.NewGuid().ToString("N") : v.Key.Trim();
        var lines = v.Lines.Where(l => !string.IsNullOrWhiteSpace(l.Account) || !string.IsNullOrWhiteSpace(l.Debit) || !string.IsNullOrWhiteSpace(l.Credit)).ToList();
        if (lines.Count == 0)
        {
            return ImportReport.Failed([new DomainError(ImportErrors.EmptyFile, "Chứng từ chưa có dòng nào.", "account")]);
        }

        var csv = new StringBuilder(Header).Append('\n');
        foreach (var l in lines)
        {
            csv.AppendJoin(',', new[] { key, v.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), v.Unit, v.Type, v.Description, l.Account,
                    l.Debit, l.Credit, l.FundSource, l.BudgetItem, l.Sector, l.Program, l.Counterparty }
                    .Select(Quote))
                .Append('\n');
        }

        var report = await import.RunAsync(ImportFile.FromText(csv.ToString(), "chứng từ"), by, ct);
        return report.Succeeded ? report : report with { Errors = report.Errors.Select(e => e.Row is { } r ? e with { Row = r - 1 } : e).ToList() };
    }

    /// <summary>A refusal as the screen shows it: "Dòng 2, cột debit: …" counted from the first line typed.</summary>
    public static string Describe(DomainError e) => e.Describe();

    private static string Quote(string? value)
    {
        var text = (value ?? string.Empty).Trim();
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
