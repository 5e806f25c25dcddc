using System.CommandLine;
using System.Globalization;
using PartyFinance.Application.Demo;
using PartyFinance.Composition;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli.Commands;

/// <summary>`demo seed`: initialises the database if needed and loads the demo province; `demo generate`: a province of any size for one year.</summary>
public static class DemoCommands
{
    public static Command Build(Func<ParseResult, CliContext> context)
    {
        var seed = new Command("seed", "Nạp dữ liệu mẫu: Văn phòng Tỉnh ủy và các đơn vị, chứng từ từ 01/2025");
        seed.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var result = await c.Get<SeedDemo>().RunAsync(c.Get<ProductSettings>().ReferenceFolder, ct);
            if (result.IsFailure)
            {
                return c.Output.Refuse(result.Errors);
            }

            var r = result.Value;
            if (c.Json)
            {
                c.Output.Json(new { r.Units, r.OpeningLines, r.VouchersPosted, r.VouchersSkipped, r.PeriodsLocked, r.UsersAdded, r.AssetsAdded, r.AssetsWorn });
            }
            else
            {
                c.Output.Line($"Dữ liệu mẫu trong {c.Target.Display}: {r.Units} đơn vị mới, {r.OpeningLines} dòng số dư đầu năm, " +
                              $"{r.VouchersPosted} chứng từ mới ({r.VouchersSkipped} đã có), {r.PeriodsLocked} kỳ được khóa sổ, {r.UsersAdded} người dùng mẫu mới, " +
                              $"{r.AssetsAdded} tài sản mới trong sổ tài sản ({r.AssetsWorn} tài sản được tính hao mòn năm 2025).");
                c.Output.Line("Người dùng mẫu (--by): quantri (quản trị), ketoan (kế toán), ketoantruong (kế toán trưởng), kiemtoan (kiểm toán, chỉ xem), "
                              + "thutruong.vptu … (thủ trưởng đơn vị), chanhvanphong, thuongtruc, bantv.");
            }

            return ExitCodes.Success;
        });
        return new Command("demo", "Dữ liệu mẫu") { seed, Generate(context) };
    }

    private static Command Generate(Func<ParseResult, CliContext> context)
    {
        var units = new Option<int>("--units") { Description = "Số đơn vị (Văn phòng Tỉnh ủy, các ban, các đảng ủy xã, phường)", Required = true };
        var vouchers = new Option<int>("--vouchers") { Description = "Số chứng từ trong năm", Required = true };
        var assets = new Option<int>("--assets") { Description = "Số tài sản cố định trong sổ tài sản", DefaultValueFactory = _ => 0 };
        var year = new Option<int>("--year") { Description = "Năm của sổ sách", Required = true };
        var seed = new Option<int>("--seed") { Description = "Hạt giống ngẫu nhiên: cùng hạt giống cho cùng sổ sách", DefaultValueFactory = _ => 1 };
        var generate = new Command("generate", "Tạo một tỉnh mẫu quy mô lớn qua các bước nhập và ghi sổ của phần mềm (dùng để đo hiệu năng)")
        {
            units, vouchers, assets, year, seed,
        };
        generate.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var request = new ProvinceRequest(p.GetValue(units), p.GetValue(vouchers), p.GetValue(assets), p.GetValue(year), p.GetValue(seed));
            var progress = c.Json ? null : new Progress<string>(c.Output.Progress);
            var result = await c.Get<GenerateProvince>().RunAsync(c.Get<ProductSettings>().ReferenceFolder, request, progress, ct);
            if (result.IsFailure)
            {
                return c.Output.Refuse(result.Errors);
            }

            var r = result.Value;
            if (c.Json)
            {
                c.Output.Json(new { r.Units, r.VouchersPosted, r.VouchersSkipped, r.Assets, r.AssetOpeningVouchers, r.Purchased, r.Transferred, r.Disposed });
            }
            else
            {
                c.Output.ProgressDone($"Tỉnh mẫu năm {request.Year.ToString(CultureInfo.InvariantCulture)} trong {c.Target.Display} (hạt giống {request.Seed.ToString(CultureInfo.InvariantCulture)}): " +
                                      $"{VietnameseFormat.Number(r.Units)} đơn vị mới, {VietnameseFormat.Number(r.VouchersPosted)} chứng từ mới ({VietnameseFormat.Number(r.VouchersSkipped)} đã có), " +
                                      $"{VietnameseFormat.Number(r.Assets)} tài sản mới ({VietnameseFormat.Number(r.AssetOpeningVouchers)} chứng từ nhận sổ tài sản); " +
                                      $"trong năm {VietnameseFormat.Number(r.Purchased)} tài sản mua mới, {VietnameseFormat.Number(r.Transferred)} điều chuyển, " +
                                      $"{VietnameseFormat.Number(r.Disposed)} thanh lý, bán (đã duyệt theo phân cấp và ghi sổ).");
            }

            return ExitCodes.Success;
        });
        return generate;
    }
}
