using System.CommandLine;
using PartyFinance.Composition;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Cli.Commands;

/// <summary>`db init`: create or upgrade the schema and load the reference files; running it again changes nothing.</summary>
public static class DbCommands
{
    public static Command Build(Func<ParseResult, CliContext> context)
    {
        var folder = new Option<string?>("--reference-dir") { Description = "Thư mục dữ liệu danh mục (mặc định: db/reference cạnh chương trình)" };
        var init = new Command("init", "Tạo hoặc nâng cấp cơ sở dữ liệu và nạp danh mục") { folder };
        init.SetAction(async (p, ct) =>
        {
            var c = context(p);
            return await InitAsync(c, p.GetValue(folder), ct);
        });
        return new Command("db", "Cơ sở dữ liệu") { init };
    }

    public static async Task<int> InitAsync(CliContext c, string? folder, CancellationToken ct, bool quiet = false)
    {
        var result = await c.Get<DatabaseInitializer>().RunAsync(folder ?? c.Get<ProductSettings>().ReferenceFolder, c.Actor, ct);
        if (result.IsFailure)
        {
            return c.Output.Refuse(result.Errors);
        }

        var r = result.Value;
        if (quiet)
        {
            return ExitCodes.Success;
        }

        if (c.Json)
        {
            c.Output.Json(new { database = c.Target.Display, schema_version = r.SchemaVersion, applied_migrations = r.AppliedMigrations, files = r.Files });
            return ExitCodes.Success;
        }

        c.Output.Line($"Cơ sở dữ liệu: {c.Target.Display}");
        c.Output.Line(r.AppliedMigrations.Count == 0 ? $"Lược đồ đã ở phiên bản mới nhất ({r.SchemaVersion})." : $"Đã nâng cấp lược đồ: {string.Join(", ", r.AppliedMigrations)}.");
        foreach (var f in r.Files)
        {
            c.Output.Line($"  {f.FileName}: {f.Rows} dòng{(f.Changed ? " (đã nạp)" : " (không đổi)")}");
        }

        return ExitCodes.Success;
    }
}
