namespace PartyFinance.Cli.Tests.Language;

/// <summary>Walks `--help` of the root and of every subcommand, as a user exploring the tool would.</summary>
internal static class HelpPages
{
    public static async Task<IReadOnlyList<(string[] Path, string Help)>> WalkAsync(CliRunner cli)
    {
        var pages = new List<(string[], string)>();
        var pending = new Queue<string[]>([[]]);
        while (pending.TryDequeue(out var path))
        {
            var (code, output, error) = await cli.RunAsync([.. path, "--help"]);
            Assert.True(code == 0, string.Join(' ', path) + ": " + error);
            pages.Add((path, output));
            foreach (var sub in Section(output, "Lệnh:"))
            {
                pending.Enqueue([.. path, sub]);
            }
        }

        return pages;
    }

    /// <summary>The first word of each row of a help section ("Lệnh:", "Tùy chọn:").</summary>
    public static IEnumerable<string> Section(string help, string title)
    {
        var lines = help.Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd() == title);
        return start < 0 ? [] : lines.Skip(start + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim().Split(' ')[0].TrimEnd(','));
    }
}
