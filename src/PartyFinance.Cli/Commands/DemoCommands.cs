using System.CommandLine;
using PartyFinance.Application.Demo;
using PartyFinance.Composition;

namespace PartyFinance.Cli.Commands;

/// <summary>`demo seed`: initialises the database if needed and loads the demo province.</summary>
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
        return new Command("demo", "Dữ liệu mẫu") { seed };
    }
}
