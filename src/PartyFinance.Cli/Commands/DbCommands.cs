using System.CommandLine;
using PartyFinance.Application.Reference;
using PartyFinance.Composition;

namespace PartyFinance.Cli.Commands;

/// <summary>
/// `db init [--admin LOGIN --name "…"]`: create or upgrade the schema, load the reference files and,
/// on a fresh installation, grant the first administrator; running it again changes nothing.
/// </summary>
public static class DbCommands
{
    public static Command Build(Func<ParseResult, CliContext> context)
    {
        var folder = new Option<string?>("--reference-dir") { Description = "Thư mục dữ liệu danh mục (mặc định: db/reference cạnh chương trình)" };
        var admin = new Option<string?>("--admin") { Description = "Tên đăng nhập của quản trị viên đầu tiên (chỉ khi chưa có quản trị viên)" };
        var name = new Option<string?>("--name") { Description = "Họ tên quản trị viên đầu tiên (đi cùng --admin)" };
        var init = new Command("init", "Tạo hoặc nâng cấp cơ sở dữ liệu, nạp danh mục, tạo quản trị viên đầu tiên") { folder, admin, name };
        init.SetAction(async (p, ct) =>
        {
            var c = context(p);
            FirstAdmin? first = (p.GetValue(admin), p.GetValue(name)) switch
            {
                (null, null) => null,
                ({ } login, { } full) when !string.IsNullOrWhiteSpace(login) && !string.IsNullOrWhiteSpace(full) => new FirstAdmin(login.Trim(), full.Trim()),
                _ => throw new UsageException("--admin và --name phải đi cùng nhau: db init --admin LOGIN --name \"Họ tên\"."),
            };
            return await InitAsync(c, p.GetValue(folder), first, ct);
        });
        var outFile = new Option<string>("--out") { Description = "Tệp sao lưu mới (không ghi đè tệp đã có)", Required = true };
        var backup = new Command("backup", "Sao lưu cơ sở dữ liệu SQLite đang dùng (sao lưu trực tuyến)") { outFile };
        backup.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var result = await c.Get<Application.Audit.IDatabaseBackup>().BackupAsync(p.GetValue(outFile)!, ct);
            if (result.IsFailure)
            {
                return c.Output.Refuse(result.Errors);
            }

            if (c.Json)
            {
                c.Output.Json(new { file = result.Value, bytes = new FileInfo(result.Value).Length });
            }
            else
            {
                c.Output.Line($"Đã sao lưu {c.Target.Display} vào {result.Value} ({new FileInfo(result.Value).Length.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))} byte).");
            }

            return ExitCodes.Success;
        });
        var file = new Argument<string>("file") { Description = "Tệp sao lưu (của db backup)" };
        var reason = new Option<string?>("--reason") { Description = "Lý do phục hồi (ghi vào nhật ký kiểm toán cùng người phục hồi và tệp)" };
        var restore = new Command("restore", "Phục hồi cơ sở dữ liệu SQLite từ bản sao lưu, rồi kiểm tra nhật ký kiểm toán") { file, reason };
        restore.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var result = await c.Get<Application.Audit.IDatabaseBackup>().RestoreAsync(p.GetValue(file)!, ct);
            if (result.IsFailure)
            {
                return c.Output.Refuse(result.Errors);
            }

            var v = result.Value;
            if (c.Json)
            {
                c.Output.Json(new { database = c.Target.Display, ok = v.Ok, events = v.Events, vouchers = v.Vouchers, problems = v.Problems.Select(x => new { table = x.Table, key = x.Key, kind = x.Kind }) });
            }
            else
            {
                c.Output.Line($"Đã phục hồi {c.Target.Display} từ {p.GetValue(file)}.");
                c.Output.Line(v.Ok ? $"Kiểm tra nhật ký kiểm toán: toàn vẹn ({v.Events.ToString(System.Globalization.CultureInfo.InvariantCulture)} bản ghi, {v.Vouchers.ToString(System.Globalization.CultureInfo.InvariantCulture)} chứng từ)." : $"Kiểm tra nhật ký kiểm toán: {v.Problems.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} vấn đề (chạy audit verify).");
            }

            return v.Ok ? ExitCodes.Success : ExitCodes.Refused;
        });
        return new Command("db", "Cơ sở dữ liệu") { init, backup, restore };
    }

    public static async Task<int> InitAsync(CliContext c, string? folder, FirstAdmin? admin, CancellationToken ct)
    {
        var result = await c.Get<InitialiseBooks>().RunAsync(folder ?? c.Get<ProductSettings>().ReferenceFolder, c.Actor, admin, ct);
        if (result.IsFailure)
        {
            return c.Output.Refuse(result.Errors);
        }

        var (r, user) = result.Value;
        if (c.Json)
        {
            c.Output.Json(new { database = c.Target.Display, schema_version = r.SchemaVersion, applied_migrations = r.AppliedMigrations, files = r.Files, admin = user?.Login });
            return ExitCodes.Success;
        }

        c.Output.Line($"Cơ sở dữ liệu: {c.Target.Display}");
        c.Output.Line(r.AppliedMigrations.Count == 0 ? $"Lược đồ đã ở phiên bản mới nhất ({r.SchemaVersion})." : $"Đã nâng cấp lược đồ: {string.Join(", ", r.AppliedMigrations)}.");
        foreach (var f in r.Files)
        {
            c.Output.Line($"  {f.FileName}: {f.Rows} dòng{(f.Changed ? " (đã nạp)" : " (không đổi)")}");
        }

        if (user is not null)
        {
            c.Output.Line($"Quản trị viên: {user.Login} — {user.Name} (toàn tỉnh). Thêm người dùng: partyfinance user add … --by {user.Login}");
        }

        return ExitCodes.Success;
    }
}
