using System.CommandLine;
using System.CommandLine.Invocation;

namespace PartyFinance.Cli.Language;

/// <summary>`--help` in Vietnamese: description, usage, arguments, options and subcommands of the command asked about.</summary>
public sealed class VietnameseHelp : SynchronousCommandLineAction
{
    public const string ToolName = "partyfinance";

    /// <summary>`ledger general --help` shows help even though the required options are missing.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
        return ExitCodes.Success;
    }

    public static void Write(Command command, TextWriter output)
    {
        if (!string.IsNullOrWhiteSpace(command.Description))
        {
            output.WriteLine(ParserMessages.Label("HelpDescriptionTitle"));
            output.WriteLine("  " + command.Description);
            output.WriteLine();
        }

        output.WriteLine(ParserMessages.Label("HelpUsageTitle"));
        output.WriteLine("  " + Usage(command));
        Section(output, "HelpArgumentsTitle", command.Arguments.Where(a => !a.Hidden).Select(a => ($"<{a.HelpName ?? a.Name}>", a.Description ?? string.Empty)));
        Section(output, "HelpOptionsTitle", Options(command).Select(o => (OptionLabel(o), o.Description ?? string.Empty)));
        Section(output, "HelpCommandsTitle", command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? string.Empty)));
    }

    private static string Usage(Command command)
    {
        var names = Chain(command).Select(c => !c.Parents.Any() ? ToolName : c.Name).ToList();
        if (command.Subcommands.Count > 0)
        {
            names.Add(ParserMessages.Label("HelpUsageCommand"));
        }

        names.AddRange(command.Arguments.Where(a => !a.Hidden).Select(a => $"<{a.HelpName ?? a.Name}>"));
        names.Add(ParserMessages.Label("HelpUsageOptions"));
        return string.Join(' ', names);
    }

    private static IEnumerable<Command> Chain(Command command)
    {
        var chain = new List<Command>();
        for (Symbol? s = command; s is not null; s = s.Parents.FirstOrDefault())
        {
            if (s is Command c)
            {
                chain.Insert(0, c);
            }
        }

        return chain;
    }

    private static IEnumerable<Option> Options(Command command)
    {
        var own = command.Options.Where(o => !o.Hidden).ToList();
        var inherited = Chain(command).Where(c => c != command).SelectMany(c => c.Options).Where(o => o.Recursive && !o.Hidden);
        return own.Concat(inherited.Where(o => !own.Contains(o))).Distinct();
    }

    private static string OptionLabel(Option option)
    {
        var names = string.Join(", ", option.Aliases.Where(n => n.Length == 2 && n[0] == '-').Append(option.Name).Distinct().OrderBy(n => n.Length));
        var value = option.ValueType == typeof(bool) || option.Arity.MaximumNumberOfValues == 0 ? string.Empty : $" <{option.HelpName ?? "giá trị"}>";
        var required = option.Required ? " " + ParserMessages.Label("HelpOptionsRequiredLabel") : string.Empty;
        return names + value + required;
    }

    private static void Section(TextWriter output, string titleKey, IEnumerable<(string Label, string Text)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(ParserMessages.Label(titleKey));
        var width = list.Max(r => r.Label.Length) + 2;
        foreach (var (label, text) in list)
        {
            output.WriteLine(("  " + label.PadRight(width) + text).TrimEnd());
        }
    }
}
