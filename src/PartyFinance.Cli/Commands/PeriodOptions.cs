using System.CommandLine;
using PartyFinance.Application.Ledger;

namespace PartyFinance.Cli.Commands;

/// <summary>The period of a ledger report: `--year Y`, `--month yyyy-MM` (or MM/yyyy), or `--from D [--to D]` inside one year.</summary>
internal sealed class PeriodOptions
{
    public Option<int?> Year { get; } = new("--year") { Description = "Cả năm" };

    public Option<string?> Month { get; } = new("--month") { Description = "Một tháng (yyyy-MM hoặc MM/yyyy)", HelpName = "tháng" };

    public Option<string?> From { get; } = new("--from") { Description = "Từ ngày (yyyy-MM-dd hoặc dd/MM/yyyy; mặc định đầu năm của --to)", HelpName = "ngày" };

    public Option<string?> To { get; } = new("--to") { Description = "Đến ngày (mặc định cuối năm của --from)", HelpName = "ngày" };

    public void AddTo(Command command)
    {
        command.Options.Add(Year);
        command.Options.Add(Month);
        command.Options.Add(From);
        command.Options.Add(To);
    }

    public ReportPeriod Read(ParseResult p)
    {
        var (year, month, from, to) = (p.GetValue(Year), p.GetValue(Month), p.GetValue(From), p.GetValue(To));
        var chosen = (year is null ? 0 : 1) + (month is null ? 0 : 1) + (from is null && to is null ? 0 : 1);
        if (chosen != 1)
        {
            throw new UsageException("Chọn đúng một kỳ báo cáo: --year, --month hoặc --from/--to.");
        }

        if (year is { } y)
        {
            return y is >= 1990 and <= 2100 ? ReportPeriod.WholeYear(y) : throw new UsageException($"--year '{y}' không hợp lệ.");
        }

        if (month is not null)
        {
            return Arguments.TryMonth(month, out var my, out var mm) ? ReportPeriod.Month(my, mm) : throw Arguments.BadMonth("--month", month);
        }

        DateOnly? f = from is null ? null : Arguments.TryDate(from, out var fd) ? fd : throw Arguments.BadDate("--from", from);
        DateOnly? t = to is null ? null : Arguments.TryDate(to, out var td) ? td : throw Arguments.BadDate("--to", to);
        return ReportPeriod.Range(f, t) ?? throw new UsageException("--from và --to phải trong cùng một năm tài chính, --from không sau --to.");
    }
}
