using System.CommandLine;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Budgeting;

namespace PartyFinance.Cli.Commands;

/// <summary>
/// What the budget and spend commands share: the db/budget folder next to the program (or
/// PARTYFINANCE_BUDGET_DIR), its rules, the spending authority, today's date and the line-key options.
/// </summary>
internal static class BudgetWiring
{
    public const string FolderVariable = "PARTYFINANCE_BUDGET_DIR";

    public static string Folder => Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } dir
        ? dir
        : Path.Combine(AppContext.BaseDirectory, "db", "budget");

    public static Result<BudgetReference> Reference() => BudgetReferenceFiles.LoadDirectory(Folder);

    /// <summary>The shipped rules, which every command that reads the budget needs; a broken installation is an unexpected failure.</summary>
    public static BudgetReference Loaded => Reference() is { IsSuccess: true } r
        ? r.Value
        : throw new InvalidOperationException("Tệp quy tắc trong db/budget hoặc db/posting bị lỗi: " + string.Join("; ", Reference().Errors.Select(e => e.Describe())));

    public static EstimateControl Estimates => new(Loaded);

    public static BudgetStore Store(CliContext c) => new(c.Target, Estimates);

    /// <summary>Spending asks the stored rule sets and users, like `authority decide` and `approval approve`.</summary>
    public static SpendingAuthority Authority(CliContext c) => StoredSpendingAuthority.For(c.Target);

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
