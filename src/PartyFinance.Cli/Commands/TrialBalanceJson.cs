using System.Text.Json;
using PartyFinance.Application.Ledger;

namespace PartyFinance.Cli.Commands;

/// <summary>
/// `ledger trial-balance --json`: `on_balance`/`off_balance` are the posted accounts (they sum to the totals), `*_parents` the
/// parent accounts' totals. Written field by field, the same bytes <see cref="Output.Json{T}"/> writes for any other shape
/// (snake_case, indented, dates yyyy-MM-dd, Vietnamese unescaped): the trial balance is the command people and scripts run
/// most, and the reflection serializer's first use was the largest part of its start-up.
/// </summary>
public static class TrialBalanceJson
{
    public static string Write(ReportPeriod period, string? unit, IReadOnlyList<TrialBalanceLine> on, IReadOnlyList<TrialBalanceLine> off)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
        using (var w = new Utf8JsonWriter(buffer, Output.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("from", Date(period.From));
            w.WriteString("to", Date(period.To));
            w.WriteString("unit", unit);
            Rows(w, "on_balance", on, parents: false);
            Rows(w, "off_balance", off, parents: false);
            Rows(w, "on_balance_parents", on, parents: true);
            Rows(w, "off_balance_parents", off, parents: true);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static void Rows(Utf8JsonWriter w, string name, IReadOnlyList<TrialBalanceLine> lines, bool parents)
    {
        w.WriteStartArray(name);
        foreach (var l in lines)
        {
            if (l.IsParent != parents)
            {
                continue;
            }

            w.WriteStartObject();
            w.WriteString("account", l.Row.Account);
            w.WriteString("name", l.Row.Name);
            w.WriteString("parent", l.Parent);
            w.WriteNumber("opening_debit", l.Row.OpeningDebit);
            w.WriteNumber("opening_credit", l.Row.OpeningCredit);
            w.WriteNumber("debit", l.Row.Debit);
            w.WriteNumber("credit", l.Row.Credit);
            w.WriteNumber("closing_debit", l.Row.ClosingDebit);
            w.WriteNumber("closing_credit", l.Row.ClosingCredit);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
