using System.Globalization;
using System.Text;
using PartyFinance.Testing;
using Scenario = PartyFinance.Cli.Tests.Budgeting.Cli;

namespace PartyFinance.Cli.Tests.BadInput;

/// <summary>
/// The bad-input corpus of the imports: every import file the CLI reads is fed the same defects —
/// foreign encodings, broken UTF-8, rows wider than the header, control and bidi characters, an open
/// quote, and per field the amounts, dates and values a person gets wrong. Each case must be refused
/// (exit 1) with a Vietnamese message naming the file, the row and the column, and must leave every
/// table of the database exactly as it was. The untouched file is imported last and accepted, so each
/// refusal is the defect's doing.
/// </summary>
public sealed class ImportCorpusTests
{
    /// <summary>An import: its command, a valid file (header and three data rows), the text and amount columns the defects go into.</summary>
    private sealed record Importer(string Name, string[] Command, string File, string TextColumn, string? AmountColumn, string? DateColumn, string[] After,
        (string Column, string Value)[] Unknowns)
    {
        /// <summary>The column that holds the row's own code or key (typed back, matched, re-imported).</summary>
        public string KeyColumn => Name switch
        {
            "vouchers" => "key",
            "balances" or "estimates" => "unit",
            "rule sets" => "rule_set",
            _ => "code",
        };
    }

    private sealed record Case(string Name, byte[] Content, int Row, string? Column);

    private const string Units = "code,name,kind,parent,chapter,valid_from,valid_to,successor\n" +
        "VPTU,Văn phòng Tỉnh ủy Bắc Ninh,provincial-office,,509,2018-01-01,,\nBTC,Ban Tổ chức Tỉnh ủy,party-agency,VPTU,509,2018-01-01,,\n";

    private static readonly Importer[] Importers =
    [
        new("units", ["unit", "import"], "code,name,kind,parent,chapter,valid_from,valid_to,successor\n" +
            "BKT,Ủy ban Kiểm tra Tỉnh ủy,party-agency,VPTU,509,2018-01-01,,\nBTG,Ban Tuyên giáo Tỉnh ủy,party-agency,VPTU,509,2018-01-01,,\n" +
            "BDV,Ban Dân vận Tỉnh ủy,party-agency,VPTU,509,2018-01-01,,\n", "name", null, "valid_from", ["--by", "admin"], [("kind", "ban-khac"), ("parent", "KHONGCO"), ("chapter", "99x")]),
        new("vouchers", ["voucher", "import"], "key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector,counterparty\n" +
            "m1,2026-02-10,BTC,PC,Mua văn phòng phẩm,61112,1000000,,NSNN,6551,340-351,\nm1,2026-02-10,BTC,PC,Mua văn phòng phẩm,1111,,1000000,,,,\n" +
            "m2,2026-02-11,BTC,PC,Tạm ứng công tác phí,141,500000,,,,,Nguyễn Văn A\nm2,2026-02-11,BTC,PC,Tạm ứng công tác phí,1111,,500000,,,,\n", "description", "debit", "date",
            ["--by", "ketoan"], [("unit", "KHONGCO"), ("account", "99999"), ("type", "ZZ")]),
        new("balances", ["balance", "import"], "unit,year,account,debit,credit\nBTC,2026,1111,100000000,0\nBTC,2026,3371,0,60000000\nBTC,2026,3372,0,40000000\n",
            "account", "debit", null, ["--by", "ketoan"], [("unit", "KHONGCO"), ("account", "99999"), ("year", "1899")]),
        new("estimates", ["budget", "import"], "unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date\n" +
            "BTC,2026,NSNN,autonomous,340-351,6551,50000000,12/QĐ-VPTU,2026-01-05\nBTC,2026,NSNN,autonomous,340-351,6701,20000000,12/QĐ-VPTU,2026-01-05\n" +
            "BTC,2026,NSNN,autonomous,340-351,6501,30000000,12/QĐ-VPTU,2026-01-05\n", "decision_no", "amount", "decision_date", ["--by", "ketoan"],
            [("unit", "KHONGCO"), ("budget_item", "9999"), ("fund_source", "XX"), ("autonomy", "nua-vời"), ("year", "1899")]),
        new("assets", ["asset", "import"], "code,name,class,unit,in_service,original_cost,accumulated_wear,funding_state,funding_party,funding_other,origin,location,custodian,sector\n" +
            "TS-101,Xe ô tô 7 chỗ,OTO,BTC,2021-06-15,900000000,450000000,900000000,0,0,purchase,Gara,Tổ lái xe,340-351\n" +
            "TS-102,Máy tính để bàn,MAY-TINH,BTC,2023-03-01,18000000,7200000,18000000,0,0,purchase,Phòng Tài chính,Nguyễn Văn A,340-351\n" +
            "TS-103,Máy photocopy,MAY-TINH,BTC,2024-05-01,45000000,9000000,45000000,0,0,purchase,Văn phòng Ban,,340-351\n", "location", "original_cost", "in_service",
            ["--date", "2026-01-01", "--by", "ketoan"], [("unit", "KHONGCO"), ("class", "KHONGCO"), ("origin", "nhặt-được"), ("sector", "340-999")]),
        new("asset classes", ["asset", "class", "import"], "code,name,group,useful_life_years,annual_rate_percent,valid_from,valid_to,source,verified\n" +
            "THU-1,Loại thử một,tangible-5,5,20,2026-01-01,,thử,U\nTHU-2,Loại thử hai,tangible-5,10,10,2026-01-01,,thử,U\nTHU-3,Loại thử ba,tangible-5,8,12.5,2026-01-01,,thử,U\n",
            "name", null, "valid_from", ["--by", "admin"], [("group", "khong-co"), ("verified", "X"), ("useful_life_years", "năm")]),
        new("tools", ["tool", "import"], "code,name,unit,measure,quantity,unit_cost,fund_source,sector,budget_item,custodian\n" +
            "CC-A,Ghế nhựa,BTC,cái,10,150.000,NSNN,340-351,6956,Thủ kho\nCC-B,Đèn bàn,BTC,chiếc,3,400000,NSNN,340-351,6956,\nCC-C,Bàn làm việc,BTC,chiếc,2,1500000,NSNN,340-351,6956,\n",
            "name", "unit_cost", null, ["--date", "2026-01-01", "--by", "ketoan"],
            [("unit", "KHONGCO"), ("fund_source", "XX"), ("budget_item", "9999"), ("sector", "340-999"), ("quantity", "mười"), ("measure", ""), ("code", "")]),
        new("rule sets", ["authority", "import"], RuleSetHeader + RuleSetRow("0,300000000,unit-head,,Điều 5 khoản 1") +
            RuleSetRow("300000000,2000000000,office-chief,,Điều 5 khoản 2") + RuleSetRow("2000000000,,standing-board,,Điều 5 khoản 3"),
            "citation", "max_value", "decision_date", ["--by", "admin"],
            [("action", "bay"), ("decider", "ai-do"), ("verified", "X"), ("basis", "khong-ro"), ("spending_kind", "bat-ky")]),
    ];

    private const string RuleSetHeader = "rule_set,issuer,decision_no,decision_date,effective_from,effective_to,action,asset_class,unit_kind,funding,basis," +
        "min_value,max_value,decider,requires_opinion,citation,spending_kind,verified\n";

    /// <summary>A rule of the shipped sample's name (an import replaces a rule set by name): bands, decider, opinion, citation.</summary>
    private static string RuleSetRow(string rest) =>
        $"Quy chế chi tiêu nội bộ — mẫu,Văn phòng Tỉnh ủy,01/QC-VPTU,2024-12-20,2025-01-01,,spend,any,any,any,per-package,{rest},recurring,U\n";

    private static IEnumerable<Case> CasesOf(Importer importer)
    {
        var lines = importer.File.TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

        // Row 3 (the second data row) carries each defect.
        string With(string column, string value)
        {
            var cells = lines[2].Split(',');
            cells[Col(column)] = value;
            return string.Join('\n', [.. lines[..2], string.Join(',', cells), .. lines[3..]]) + "\n";
        }

        var text = importer.TextColumn;
        // Latin-1 throughout: the first row with a letter Latin-1 has beyond ASCII (ò, not Ủ) is where it is found.
        var latin = With(text, "Phòng");
        yield return new("Latin-1", Encoding.Latin1.GetBytes(latin), 1 + Array.FindIndex(latin.Split('\n'), l => l.Any(ch => ch is > '~' and <= '\u00FF')), null);
        yield return new("Windows-1258 (ờ as 0xEC 0xF2)", Utf8(With(text, "PLACE")).Replace("PLACE"u8, [0x50, 0x68, 0xF2, 0xEC]), 3, null);
        yield return new("broken UTF-8 sequence", Utf8(With(text, "PLACE")).Replace("PLACE"u8, [0xC3, 0x28]), 3, null);
        yield return new("overlong UTF-8", Utf8(With(text, "PLACE")).Replace("PLACE"u8, [0xC0, 0xAF]), 3, null);
        yield return new("UTF-16 surrogate in UTF-8", Utf8(With(text, "PLACE")).Replace("PLACE"u8, [0xED, 0xA0, 0x80]), 3, null);
        yield return new("extra field", Utf8(string.Join('\n', [.. lines[..2], lines[2] + ",thừa", .. lines[3..]]) + "\n"), 3,
            "#" + (header.Length + 1).ToString(CultureInfo.InvariantCulture));
        foreach (var (name, c) in new[] { ("ESC", "\u001B[2J"), ("BEL", "\u0007"), ("NUL", "\u0000"), ("TAB", "\t"), ("RLO", "\u202E"), ("LRI", "\u2066"), ("C1 NEL", "\u0085"), ("DEL", "\u007F") })
        {
            yield return new($"{name} in {text}", Utf8(With(text, "\"Kho " + c + "\"")), 3, text);
        }

        yield return new("open quote", Utf8(With(text, "\"Kho không đóng")), 3, text);

        // A code or key must not hold what a description may: a line break (in a quoted cell) or an invisible character.
        var key = importer.KeyColumn;
        var code = lines[2].Split(',')[Col(key)];
        foreach (var (name, value) in new[]
        {
            ("line break in a quoted", $"\"{code[..1]}\n{code[1..]}\""), ("zero-width space in", code[..1] + "\u200B" + code[1..]),
            ("soft hyphen in", code + "\u00AD"), ("word joiner in", code[..1] + "\u2060" + code[1..]),
        })
        {
            yield return new($"{name} {key}", Utf8(With(key, value)), 3, key);
        }

        if (importer.AmountColumn is { } amount)
        {
            foreach (var (name, value) in new[]
            {
                ("19 digits", "9223372036854775807"), ("above 10^15", "1000000000000001"), ("20 digits", "99999999999999999999"), ("negative", "-5000"),
                ("decimal comma", "\"1,5\""), ("decimal point", "1.5"), ("letters", "một triệu"), ("exponent", "1e9"), ("wrong grouping", "1.0000.000"),
                ("quoted with spaces inside", "\"1 000 000\""),
            })
            {
                yield return new($"amount {name}", Utf8(With(amount, value)), 3, amount);
            }
        }

        foreach (var (column, value) in importer.Unknowns)
        {
            yield return new($"{column} '{value}' unknown", Utf8(With(column, value)), 3, column);
        }

        if (importer.DateColumn is { } date)
        {
            foreach (var (name, value) in new[] { ("31 February", "2026-02-31"), ("month 13", "2026-13-01"), ("text", "hôm qua"), ("US order", "02/31/2026"), ("two-digit year", "26-02-10") })
            {
                yield return new($"date {name}", Utf8(With(date, value)), 3, date);
            }
        }
    }

    [Fact]
    public async Task EveryImport_RefusesEveryDefect_NamingTheFileRowAndColumn_AndChangesNothing()
    {
        await using var cli = await Scenario.CreateAsync();
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", "admin")).Code);
        var problems = new List<string>();
        var count = 0;
        foreach (var importer in Importers)
        {
            foreach (var c in CasesOf(importer))
            {
                count++;
                var file = cli.File("loi-" + count.ToString(CultureInfo.InvariantCulture) + ".csv", string.Empty);
                await File.WriteAllBytesAsync(file, c.Content);
                var before = DatabaseFingerprint.Of(cli.Db.DbArgument);
                var (code, _, err) = await cli.RunAsync([.. importer.Command, file, .. importer.After]);
                var name = Path.GetFileName(file);
                var expected = c.Column is null ? $"{name}: Dòng {c.Row}" : $"{name}: Dòng {c.Row}, cột {c.Column}:";
                if (code != ExitCodes.Refused || !err.Contains(expected, StringComparison.Ordinal))
                {
                    problems.Add($"{importer.Name} / {c.Name}: exit {code}, expected '{expected}' in: {err.Trim()}");
                }

                if (DatabaseFingerprint.Of(cli.Db.DbArgument) != before)
                {
                    problems.Add($"{importer.Name} / {c.Name}: the database changed");
                }
            }

            var valid = await cli.RunAsync([.. importer.Command, cli.File(importer.Name.Replace(' ', '-') + ".csv", importer.File), .. importer.After]);
            if (valid.Code != 0)
            {
                problems.Add($"{importer.Name}: the untouched file is refused: {valid.Err.Trim()}");
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of {count} cases:\n" + string.Join('\n', problems));
        Assert.True(count >= 260, $"only {count} cases");
    }
}

internal static class ByteReplace
{
    public static byte[] Replace(this byte[] bytes, ReadOnlySpan<byte> find, byte[] with)
    {
        var at = bytes.AsSpan().IndexOf(find);
        return at < 0 ? bytes : [.. bytes[..at], .. with, .. bytes[(at + find.Length)..]];
    }

    public static byte[] Replace(this byte[] bytes, byte[] find, byte[] with) => Replace(bytes, find.AsSpan(), with);
}
