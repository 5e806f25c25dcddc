using System.CommandLine;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli.Commands;

/// <summary>What the budget and spend commands share: today's date, date and month options, the line-key options.</summary>
internal static class BudgetWiring
{
    public static DateOnly Today(CliContext c) => DateOnly.FromDateTime(c.Clock.GetLocalNow().DateTime);

    public static DateOnly DateOr(CliContext c, string? text, string option) =>
        text is null ? Today(c) : Arguments.TryDate(text, out var d) ? d : throw Arguments.BadDate(option, text);

    public static YearMonth Month(string? text, string option) =>
        Arguments.TryMonth(text, out var y, out var m) ? new YearMonth(y, m) : throw Arguments.BadMonth(option, text);

    public static Autonomy ParseAutonomy(string? text) =>
        AutonomyCodes.TryParse(text, out var a) ? a : throw new UsageException($"--autonomy '{text}' phải là autonomous hoặc non-autonomous.");

    /// <summary>--unit --fund-source --autonomy --sector --budget-item, all required.</summary>
    public sealed class LineOptions
    {
        public Option<string> Unit { get; } = new("--unit") { Description = "Mã đơn vị", Required = true };
        public Option<string> FundSource { get; } = new("--fund-source") { Description = "Mã nguồn kinh phí", Required = true };
        public Option<string> Autonomy { get; } = new("--autonomy") { Description = "autonomous (giao tự chủ) | non-autonomous (không giao tự chủ)", Required = true };
        public Option<string> Sector { get; } = new("--sector") { Description = "Loại–Khoản, ví dụ 340-351", Required = true };
        public Option<string> BudgetItem { get; } = new("--budget-item") { Description = "Mục hoặc Tiểu mục", Required = true };

        public IEnumerable<Option> All => [Unit, FundSource, Autonomy, Sector, BudgetItem];

        /// <summary>The key; its year is <paramref name="year"/> (the request's date or the plan's start).</summary>
        public BudgetLineKey Key(ParseResult p, int year) => new(p.GetValue(Unit)!.Trim(), year, p.GetValue(FundSource)!.Trim(),
            ParseAutonomy(p.GetValue(Autonomy)), p.GetValue(Sector)!.Trim(), p.GetValue(BudgetItem)!.Trim());
    }
}
