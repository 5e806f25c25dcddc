using System.Text.RegularExpressions;
using PartyFinance.Cli.Language;

namespace PartyFinance.Cli.Tests.Language;

/// <summary>The parser's own messages and every help page are Vietnamese.</summary>
public sealed class ParserLanguageTests
{
    private static readonly Regex English = new(
        @"\b(Required|required|Unrecognized|unrecognized|Usage|Options|Commands|Arguments|Description|Cannot parse|expected type|Show help|Show version|default|missing|Option '|Argument '|command)\b",
        RegexOptions.CultureInvariant);

    [Fact]
    public void EveryMessageOfTheParserLibrary_HasAVietnameseTemplate()
    {
        var missing = ParserMessages.English().Keys.Where(k => !ParserMessages.Vietnamese.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, "No Vietnamese for: " + string.Join(", ", missing));
    }

    [Fact]
    public void VietnameseTemplates_KeepThePlaceholdersOfTheEnglishOnes()
    {
        foreach (var (key, english) in ParserMessages.English())
        {
            var expected = Regex.Matches(english, @"\{\d\}").Select(m => m.Value).Order();
            var actual = Regex.Matches(ParserMessages.Vietnamese[key], @"\{\d\}").Select(m => m.Value).Order();
            Assert.True(expected.SequenceEqual(actual), key);
        }
    }

    [Theory]
    [InlineData("ledger", "general")]
    [InlineData("ledger", "gen")]
    [InlineData("ledger", "trial-balance", "--year", "abc")]
    [InlineData("voucher", "frob", "x")]
    [InlineData("voucher", "import")]
    [InlineData("ledger", "general", "--account", "111", "--year", "2025", "extra")]
    [InlineData("period", "lock", "--unit")]
    [InlineData]
    public async Task BadInvocation_IsExplainedInVietnamese_WithExitCode2(params string[] args)
    {
        await using var cli = await CliRunner.StartAsync();
        var (code, output, error) = await cli.RunAsync(args);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("Lỗi cú pháp: ", error, StringComparison.Ordinal);
        Assert.DoesNotMatch(English, error + output);
    }

    [Fact]
    public void TranslatedMessage_KeepsTheNamesTheUserTyped()
    {
        Assert.Equal("Thiếu tùy chọn bắt buộc '--year'.", ParserMessages.Translate("Option '--year' is required."));
        Assert.Equal("Không nhận ra lệnh hoặc tham số 'gen'.", ParserMessages.Translate("Unrecognized command or argument 'gen'."));
        Assert.Equal("Đã là tiếng Việt.", ParserMessages.Translate("Đã là tiếng Việt."));
    }

    [Fact]
    public async Task HelpOfEveryCommand_IsVietnamese()
    {
        await using var cli = await CliRunner.StartAsync(initialise: false);
        var pages = await HelpPages.WalkAsync(cli);
        Assert.True(pages.Count > 30, $"only {pages.Count} help pages walked");
        foreach (var (path, help) in pages)
        {
            Assert.Contains("Cách dùng:", help, StringComparison.Ordinal);
            Assert.True(!English.IsMatch(help), string.Join(' ', path) + ": " + English.Match(help).Value);
        }
    }
}
