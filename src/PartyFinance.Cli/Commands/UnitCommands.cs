using System.CommandLine;
using PartyFinance.Application.Organisation;
using PartyFinance.Cli.Language;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Cli.Commands;

/// <summary>`unit import &lt;units.csv&gt;` and `unit list`.</summary>
public static class UnitCommands
{
    public static Command Build(Func<ParseResult, CliContext> context)
    {
        var file = new Argument<string>("units.csv");
        var import = new Command("import", "Nhập danh sách đơn vị từ tệp CSV") { file };
        import.SetAction(async (p, ct) =>
        {
            var c = context(p);
            return await InputFile.ReadAsync(c, p.GetValue(file)!, async f => ImportOutput.Report(c, await c.Get<ImportUnits>().RunAsync(f, c.Actor, ct), f.Name, "đơn vị"));
        });

        var list = new Command("list", "Liệt kê đơn vị");
        list.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var units = await c.Get<UnitDirectory>().ListAsync(ct);
            if (c.Json || c.Csv)
            {
                c.Output.List(c, units.Select(u => new
                {
                    code = u.Code,
                    name = u.Name,
                    kind = u.Kind.ToSlug(),
                    parent = u.ParentCode,
                    chapter = u.Chapter,
                    valid_from = u.ValidFrom,
                    valid_to = u.ValidTo,
                    successor = u.SuccessorCode,
                }));
                return ExitCodes.Success;
            }

            c.Output.Line($"{"Mã",-10} {"Chương",-6} {"Hiệu lực",-25} {"Loại",-40} Tên");
            foreach (var u in units)
            {
                var validity = VietnameseFormat.Date(u.ValidFrom) + " – " + (u.ValidTo is { } t ? VietnameseFormat.Date(t) : "nay");
                var successor = u.SuccessorCode is null ? string.Empty : $" → {u.SuccessorCode}";
                c.Output.Line($"{u.Code,-10} {u.Chapter,-6} {validity,-25} {u.Kind.Name(),-40} {u.Name}{successor}");
            }

            return ExitCodes.Success;
        });
        return new Command("unit", "Đơn vị") { import, Csv.Supported(list) };
    }
}
