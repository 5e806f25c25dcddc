using System.Collections;
using System.CommandLine;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace PartyFinance.Cli.Language;

/// <summary>
/// System.CommandLine 3 has no Vietnamese resources and no public way to replace its own. Its messages are
/// read back from the library's neutral resource set, matched against the English templates and rewritten
/// with the Vietnamese template of the same key; a test checks that every key of the library has one here.
/// </summary>
public static class ParserMessages
{
    public static readonly IReadOnlyDictionary<string, string> Vietnamese = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ArgumentConversionCannotParse"] = "Không hiểu giá trị '{0}': cần {1}.",
        ["ArgumentConversionCannotParseForCommand"] = "Không hiểu giá trị '{0}' của lệnh '{1}': cần {2}.",
        ["ArgumentConversionCannotParseForCommand_Completions"] = "Không hiểu giá trị '{0}' của lệnh '{1}': cần {2}. Có thể là một trong các giá trị sau?{3}",
        ["ArgumentConversionCannotParseForOption"] = "Không hiểu giá trị '{0}' của tùy chọn '{1}': cần {2}.",
        ["ArgumentConversionCannotParseForOption_Completions"] = "Không hiểu giá trị '{0}' của tùy chọn '{1}': cần {2}. Có thể là một trong các giá trị sau?{3}",
        ["CommandRequiredArgumentMissing"] = "Thiếu tham số bắt buộc '{0}' của lệnh '{1}'.",
        ["DirectoryDoesNotExist"] = "Thư mục không tồn tại: '{0}'.",
        ["ErrorReadingResponseFile"] = "Không đọc được tệp tham số '{0}': {1}",
        ["ExceptionHandlerHeader"] = "Lỗi ngoài dự kiến: ",
        ["FileDoesNotExist"] = "Tệp không tồn tại: '{0}'.",
        ["FileOrDirectoryDoesNotExist"] = "Tệp hoặc thư mục không tồn tại: '{0}'.",
        ["HelpAdditionalArgumentsDescription"] = "Các tham số chuyển cho chương trình được chạy.",
        ["HelpAdditionalArgumentsTitle"] = "Tham số bổ sung:",
        ["HelpArgumentDefaultValueLabel"] = "mặc định",
        ["HelpArgumentsTitle"] = "Tham số:",
        ["HelpCommandsTitle"] = "Lệnh:",
        ["HelpDescriptionTitle"] = "Mô tả:",
        ["HelpOptionDescription"] = "Hiện hướng dẫn sử dụng",
        ["HelpOptionsRequiredLabel"] = "(bắt buộc)",
        ["HelpOptionsTitle"] = "Tùy chọn:",
        ["HelpUsageAdditionalArguments"] = "[[--] <tham số bổ sung>...]]",
        ["HelpUsageCommand"] = "[lệnh]",
        ["HelpUsageOptions"] = "[tùy chọn]",
        ["HelpUsageTitle"] = "Cách dùng:",
        ["InvalidCharactersInFileName"] = "Ký tự không được dùng trong tên tệp: '{0}'.",
        ["InvalidCharactersInPath"] = "Ký tự không được dùng trong đường dẫn: '{0}'.",
        ["OptionExpectsOneArgument"] = "Tùy chọn '{0}' chỉ nhận một giá trị nhưng có {1} giá trị.",
        ["OptionRequiredArgumentMissing"] = "Thiếu giá trị cho tùy chọn '{0}'.",
        ["RequiredCommandWasNotProvided"] = "Chưa chọn lệnh (xem --help).",
        ["RequiredOptionWasNotProvided"] = "Thiếu tùy chọn bắt buộc '{0}'.",
        ["ResponseFileNotFound"] = "Không tìm thấy tệp tham số '{0}'.",
        ["SuggestionsTokenNotMatched"] = "Không nhận ra '{0}'. Có thể là một trong các giá trị sau?",
        ["UnrecognizedArgument"] = "Không nhận ra giá trị '{0}'. Phải là một trong:{1}",
        ["UnrecognizedCommandOrArgument"] = "Không nhận ra lệnh hoặc tham số '{0}'.",
        ["VersionOptionCannotBeCombinedWithOtherArguments"] = "Tùy chọn {0} không dùng cùng các tham số khác.",
        ["VersionOptionDescription"] = "Hiện phiên bản",
    };

    private static readonly Lazy<IReadOnlyList<(Regex English, string Vietnamese)>> Templates = new(BuildTemplates);

    /// <summary>The library's own English strings, by resource key.</summary>
    public static IReadOnlyDictionary<string, string> English()
    {
        var manager = new ResourceManager("System.CommandLine.Properties.Resources", typeof(RootCommand).Assembly);
        var set = manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)
            ?? throw new InvalidOperationException("System.CommandLine has no neutral resources.");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry e in set)
        {
            if (e.Value is string s)
            {
                result[(string)e.Key] = s;
            }
        }

        return result;
    }

    /// <summary>A parser message in Vietnamese; messages already ours (custom parsers, validators) pass through.</summary>
    public static string Translate(string message)
    {
        foreach (var (english, vietnamese) in Templates.Value)
        {
            var m = english.Match(message);
            if (m.Success)
            {
                var values = m.Groups.Cast<Group>().Skip(1).Select(g => (object)TypeName(g.Value)).ToArray();
                return string.Format(CultureInfo.InvariantCulture, vietnamese, values);
            }
        }

        return message;
    }

    /// <summary>Help and usage labels (headings, "[options]", "(REQUIRED)").</summary>
    public static string Label(string key) => Vietnamese[key];

    private static string TypeName(string value) => value switch
    {
        "System.Int32" or "System.Int64" or "System.Nullable`1[System.Int32]" or "System.Nullable`1[System.Int64]" => "một số nguyên",
        "System.Boolean" or "System.Nullable`1[System.Boolean]" => "true hoặc false",
        "System.DateOnly" or "System.Nullable`1[System.DateOnly]" => "một ngày",
        _ when value.StartsWith("System.", StringComparison.Ordinal) => "một giá trị hợp lệ",
        _ => value,
    };

    private static IReadOnlyList<(Regex, string)> BuildTemplates()
    {
        var english = English();
        return english
            .Where(e => Vietnamese.ContainsKey(e.Key) && !e.Key.StartsWith("Help", StringComparison.Ordinal))
            .OrderByDescending(e => e.Value.Length)
            .Select(e => (new Regex("^" + Regex.Replace(Regex.Escape(e.Value), @"\\\{(\d)}", "(.*?)") + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant), Vietnamese[e.Key]))
            .ToList();
    }
}
