using PartyFinance.Application.Ledger;

namespace PartyFinance.Cli.Commands;

internal static class ImportOutput
{
    public static int Report(CliContext c, ImportReport r, string file, string what)
    {
        if (!r.Succeeded)
        {
            return c.Output.Refuse(r.Errors, file);
        }

        if (c.Json)
        {
            c.Output.Json(new { rows = r.Rows, stored = r.Stored, skipped = r.Skipped, first_number = r.FirstNumber, last_number = r.LastNumber });
        }
        else
        {
            var range = r.FirstNumber is null ? string.Empty : $" (số {r.FirstNumber} … {r.LastNumber})";
            c.Output.Line($"Đã ghi {r.Stored} {what}{range}; bỏ qua {r.Skipped} đã có; đọc {r.Rows} dòng.");
        }

        return ExitCodes.Success;
    }
}
