using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using PartyFinance.Application.Common;
using PartyFinance.Cli.Commands;
using PartyFinance.Cli.Language;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Cli;

/// <summary>
/// `partyfinance [--db &lt;path|Host=…|Server=…&gt;] [--by USER] [--json] &lt;command&gt;`. The database defaults to
/// PARTYFINANCE_DB, then partyfinance.db in the current directory.
/// </summary>
public static class CliApp
{
    public static readonly Option<string?> Db = new("--db") { Description = "Tệp SQLite, chuỗi kết nối PostgreSQL (bắt đầu bằng Host=) hoặc SQL Server (bắt đầu bằng Server=)", Recursive = true };
    public static readonly Option<string?> By = new("--by") { Description = "Người thực hiện (mặc định: PARTYFINANCE_USER hoặc tên đăng nhập)", Recursive = true };
    public static readonly Option<bool> Json = new("--json") { Description = "In kết quả dạng JSON", Recursive = true };
    public static readonly Option<string?> Format = FormatOption();
    public static readonly Option<int?> Wait = new("--wait")
    {
        Description = "Số giây chờ khi một thao tác khác đang ghi vào cơ sở dữ liệu SQLite (mặc định: PARTYFINANCE_DB_WAIT hoặc 60)",
        Recursive = true,
        HelpName = "giây",
    };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var output = new Output(stdout, stderr);
        if (Arguments.Clean(args) is { } bad)
        {
            return output.Usage(bad);
        }

        args = [.. args.Select(a => a.IsNormalized(System.Text.NormalizationForm.FormC) ? a : a.Normalize(System.Text.NormalizationForm.FormC))];
        var root = new RootCommand("PartyFinance — tài chính, tài sản cơ quan Đảng") { Db, By, Json, Format, Wait };
        Func<ParseResult, CliContext> context = p => CliContext.Create(Target(p) with { Wait = WaitOf(p, stderr) }, Actor(p.GetValue(By)), p.GetValue(Json) || p.GetValue(Format) == "json", output, clock,
            CommandLine(p), Reason(p)) with
        {
            Csv = p.GetValue(Format) == "csv",
        };
        // Only the command the arguments name is built (set-up of all of them was most of a short command's start-up);
        // without a known command word (root help, a typo, a response file) every command is, as the parser needs them all.
        var chosen = ChosenCommand(args);
        foreach (var (name, build) in Commands)
        {
            if (chosen is null || chosen == name)
            {
                root.Subcommands.Add(build(context));
            }
        }

        Localise(root);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not VietnameseHelp)
        {
            return output.Usage(string.Join(Environment.NewLine, parse.Errors.Select(e => ParserMessages.Translate(e.Message)).Distinct()));
        }

        if (parse.Action is not VietnameseHelp && YearOutOfRange(parse) is { } year)
        {
            return output.Usage(year);
        }

        if (parse.GetValue(Format) == "csv" && parse.Action is not VietnameseHelp && !Csv.IsSupported(parse.CommandResult.Command))
        {
            return output.Usage($"Lệnh '{parse.CommandResult.Command.Name}' không có dạng csv; --format csv dùng cho các lệnh liệt kê và báo cáo.");
        }

        try
        {
            // A PostgreSQL serialization failure or deadlock rolled the command's transaction back, or the server
            // refused the connection before any work: the whole command runs again (every command is one unit of
            // work or resumes by its steps), never a crash.
            return await TransientFailure.RetryAsync(
                () => parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }),
                (attempt, e) => stderr.WriteLine((TransientFailure.Classify(e) == TransientKind.Unavailable
                    ? "Máy chủ cơ sở dữ liệu chưa nhận kết nối; thử lại lần "
                    : "Cơ sở dữ liệu báo xung đột với một thao tác đồng thời; chạy lại lần ") + attempt.ToString(System.Globalization.CultureInfo.InvariantCulture) + "…"));
        }
        catch (UsageException e)
        {
            return output.Usage(e.Message);
        }
        catch (ReferenceDataUnavailable e)
        {
            return output.Refuse(e.Errors, e.File);
        }
        catch (CsvFormatException e)
        {
            return output.Refuse([e.Error], e.File);
        }
        catch (DatabaseMissing e)
        {
            return output.Refuse([new DomainError(DatabaseMissing.Code, $"Không tìm thấy cơ sở dữ liệu '{e.File}'. Tạo mới bằng: partyfinance db init --admin <tên đăng nhập> (hoặc partyfinance demo seed để có dữ liệu mẫu).", "db")]);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return output.Fail(e);
        }
    }

    /// <summary>The top-level commands by name, in the order help lists them; each is built only when needed.</summary>
    public static readonly IReadOnlyList<(string Name, Func<Func<ParseResult, CliContext>, Command> Build)> Commands =
    [
        ("db", DbCommands.Build), ("demo", DemoCommands.Build), ("unit", UnitCommands.Build), ("balance", BalanceCommands.Build),
        ("voucher", VoucherCommands.Build), ("period", PeriodCommands.Build), ("ledger", LedgerCommands.Build),
        ("authority", AuthorityCommands.Build), ("user", UserCommands.Build), ("approval", ApprovalCommands.Build),
        ("budget", BudgetCommands.Build), ("spend", SpendCommands.Build), ("asset", AssetCommands.Build), ("tool", ToolCommands.Build),
        ("report", ReportCommands.Build), ("close", CloseCommands.Build), ("audit", AuditCommands.Build),
    ];

    /// <summary>The root options that take a value (`--db X`; `--db=X` is one token).</summary>
    private static readonly string[] ValuedRootOptions = ["--db", "--by", "--format", "--wait"];

    /// <summary>
    /// The top-level command the arguments name: the first token that is neither a root option nor a root option's value,
    /// when it is a command's name; otherwise null (then every command is built and the parser decides, as it always has).
    /// </summary>
    public static string? ChosenCommand(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (ValuedRootOptions.Contains(token, StringComparer.Ordinal))
            {
                i++;
                continue;
            }

            if (token == "--json" || ValuedRootOptions.Any(o => token.StartsWith(o + "=", StringComparison.Ordinal) || token.StartsWith(o + ":", StringComparison.Ordinal)))
            {
                continue;
            }

            return Commands.Any(c => c.Name == token) ? token : null;
        }

        return null;
    }

    /// <summary>
    /// Every `--year` of every command lies in the plausible range of dates (1900–2100), like every date and
    /// month: `close year --year 1899` or `asset wear --year 1800` is a usage error, not an empty run.
    /// </summary>
    private static string? YearOutOfRange(ParseResult parse)
    {
        foreach (var option in parse.CommandResult.Children.OfType<System.CommandLine.Parsing.OptionResult>())
        {
            if (option.Option.Name == "--year" && option.Tokens.Count > 0
                && int.TryParse(option.Tokens[0].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var y)
                && (y < VietnameseInput.EarliestDate.Year || y > VietnameseInput.LatestDate.Year))
            {
                var (from, to) = (VietnameseInput.EarliestDate.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), VietnameseInput.LatestDate.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return $"--year '{option.Tokens[0].Value}' phải là một năm từ {from} đến {to}.";
            }
        }

        return null;
    }

    /// <summary>
    /// The database a command works on. A malformed connection string is a usage error; a SQLite file that
    /// does not exist is refused — only `db init` and `demo seed` create one — so a mistyped path never
    /// leaves an empty database behind.
    /// </summary>
    private static DatabaseTarget Target(ParseResult p)
    {
        DatabaseTarget target;
        try
        {
            target = DatabaseTarget.Resolve(p.GetValue(Db));
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        var command = p.CommandResult.Command;
        var creates = command.Name is "init" or "restore" && command.Parents.OfType<Command>().Any(c => c.Name == "db") || command.Parents.OfType<Command>().Any(c => c.Name == "demo") || command.Name == "demo";
        if (target.Provider == DatabaseProvider.Sqlite && !creates && !File.Exists(target.Display))
        {
            throw new DatabaseMissing(target.Display);
        }

        return target;
    }

    /// <summary>The wait for a busy database: `--wait`, else PARTYFINANCE_DB_WAIT, else 60 s; the first wait is announced on stderr.</summary>
    private static DatabaseWait WaitOf(ParseResult p, TextWriter stderr)
    {
        var seconds = p.GetValue(Wait)
            ?? (int.TryParse(Environment.GetEnvironmentVariable(DatabaseWait.EnvironmentVariable), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 60);
        if (seconds is < 0 or > 3600)
        {
            throw new UsageException("--wait: số giây chờ phải từ 0 đến 3600.");
        }

        return new DatabaseWait(TimeSpan.FromSeconds(seconds), limit =>
            stderr.WriteLine($"Đang chờ cơ sở dữ liệu: một thao tác khác đang ghi (chờ tối đa {((int)limit.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture)} giây)…"));
    }

    /// <summary>The parser's own options speak Vietnamese too: help is written by <see cref="VietnameseHelp"/>.</summary>
    private static void Localise(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = ParserMessages.Label("HelpOptionDescription");
                help.Action = new VietnameseHelp();
            }
            else if (option is VersionOption version)
            {
                version.Description = ParserMessages.Label("VersionOptionDescription");
            }
        }
    }

    private static Option<string?> FormatOption()
    {
        var format = new Option<string?>("--format") { Description = "Dạng kết quả: text (mặc định), json, hoặc csv cho danh sách và báo cáo", Recursive = true, HelpName = "text|json|csv" };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        return format;
    }

    /// <summary>The command as typed, without its options (`voucher import`): the audit trail records each change with it.</summary>
    private static string CommandLine(ParseResult p)
    {
        var names = new List<string>();
        for (var r = p.CommandResult; r.Parent is CommandResult parent; r = parent)
        {
            names.Insert(0, r.Command.Name);
        }

        return string.Join(' ', names);
    }

    /// <summary>The `--reason` given, if the command takes one: recorded with each change.</summary>
    private static string? Reason(ParseResult p) =>
        p.CommandResult.Command.Options.FirstOrDefault(o => o.Name == "--reason") is { } reason
        && p.GetResult(reason) is { Tokens.Count: > 0 } given && !string.IsNullOrWhiteSpace(given.Tokens[0].Value)
            ? given.Tokens[0].Value.Trim()
            : null;

    private static string Actor(string? by) =>
        !string.IsNullOrWhiteSpace(by) ? by.Trim()
        : Environment.GetEnvironmentVariable("PARTYFINANCE_USER") is { Length: > 0 } env ? env
        : Environment.UserName;
}
