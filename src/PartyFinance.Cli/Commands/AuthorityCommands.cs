using System.CommandLine;
using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli.Commands;

/// <summary>`authority import &lt;rules.csv&gt;`, `authority decide …`, `authority list`, `authority end`.</summary>
public static class AuthorityCommands
{
    public static Command Build(Func<ParseResult, CliContext> context)
    {
        var file = new Argument<string>("rules.csv") { Description = "Tệp quy tắc phân cấp (CSV)" };
        var import = new Command("import", "Nhập (hoặc thay thế theo tên) bộ quy tắc phân cấp thẩm quyền từ tệp CSV") { file };
        import.SetAction(async (p, ct) =>
        {
            var c = context(p);
            return await InputFile.ReadAsync(c, p.GetValue(file)!, async f => Imported(c, f.Name, await c.Get<ImportRuleSets>().ExecuteAsync(f, c.Actor, ct)));
        });

        var question = new QuestionOptions();
        var decide = new Command("decide", "Xác định cấp có thẩm quyền quyết định theo bộ quy tắc đang có hiệu lực");
        question.AddTo(decide);
        decide.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var asked = await question.ReadAsync(p, c, ct);
            var decision = asked.IsFailure ? Result.Failure<AuthorityDecision>(asked.Errors)
                : await c.Get<DecideAuthority>().ExecuteAsync(asked.Value, ct);
            if (decision.IsFailure)
            {
                return c.Output.Refuse(decision.Errors);
            }

            var d = decision.Value;
            if (c.Json)
            {
                c.Output.Json(new { decider = d.Decider.ToSlug(), rule_set = d.RuleSetName, decision_no = d.DecisionNo, citation = d.Citation, requires_opinion = d.RequiresOpinion });
            }
            else
            {
                var opinion = d.RequiresOpinion is { } o ? $" Cần có ý kiến của {o}." : string.Empty;
                c.Output.Line($"Thẩm quyền: {d.Decider.VietnameseName()} — bộ quy tắc '{d.RuleSetName}' ({d.DecisionNo}), {d.Citation}.{opinion}");
            }

            return ExitCodes.Success;
        });

        var list = new Command("list", "Liệt kê các bộ quy tắc phân cấp đã nhập");
        list.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var sets = await c.Get<ListRuleSets>().ExecuteAsync(ct);
            if (c.Json || c.Csv)
            {
                c.Output.List(c, sets.Select(Summary));
                return ExitCodes.Success;
            }

            if (sets.Count == 0)
            {
                c.Output.Line("Chưa có bộ quy tắc phân cấp nào (nhập bằng: partyfinance authority import <rules.csv>).");
            }

            foreach (var s in sets)
            {
                var actions = string.Join("; ", s.Actions.Order().Select(a => a.VietnameseName()));
                c.Output.Line($"{s.Name} | {s.DecisionNo} ngày {VietnameseFormat.Date(s.DecisionDate)} | {s.Issuer} | hiệu lực {s.DescribePeriod()} | {s.Rules.Count} quy tắc ({actions}){VerifiedText(s.Verified)}");
            }

            return ExitCodes.Success;
        });

        var setName = new Argument<string>("rule_set") { Description = "Tên bộ quy tắc (như trong authority list)" };
        var lastDay = new Option<string>("--date") { Description = "Ngày cuối cùng còn hiệu lực (yyyy-MM-dd hoặc dd/MM/yyyy)", Required = true };
        var why = new Option<string>("--reason") { Description = "Lý do kết thúc hiệu lực", Required = true };
        var end = new Command("end", "Kết thúc hiệu lực một bộ quy tắc (để nhập bộ thay thế từ ngày hôm sau)") { setName, lastDay, why };
        end.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var day = OptionalDateValue(p.GetValue(lastDay)!);
            var ended = await c.Get<EndRuleSet>()
                .ExecuteAsync(new EndRuleSetRequest(p.GetValue(setName)!, day, p.GetValue(why) ?? string.Empty, c.Actor), ct);
            if (ended.IsFailure)
            {
                return c.Output.Refuse(ended.Errors);
            }

            if (c.Json)
            {
                c.Output.Json(Summary(ended.Value));
            }
            else
            {
                c.Output.Line($"Đã kết thúc hiệu lực bộ quy tắc '{ended.Value.Name}': hiệu lực {ended.Value.DescribePeriod()}. Bộ thay thế có thể có hiệu lực từ {VietnameseFormat.Date(day.AddDays(1))}.");
            }

            return ExitCodes.Success;
        });

        return new Command("authority", "Phân cấp thẩm quyền quyết định") { import, decide, Csv.Supported(list), end };
    }

    private static int Imported(CliContext c, string file, Result<IReadOnlyList<RuleSet>> result)
    {
        if (result.IsFailure)
        {
            return c.Output.Refuse(result.Errors, file);
        }

        if (c.Json)
        {
            c.Output.Json(result.Value.Select(Summary));
            return ExitCodes.Success;
        }

        foreach (var set in result.Value)
        {
            c.Output.Line($"Đã nhập bộ quy tắc '{set.Name}' ({set.DecisionNo}, hiệu lực {set.DescribePeriod()}): {set.Rules.Count} quy tắc.");
        }

        return ExitCodes.Success;
    }
    private static string VerifiedText(string mark) => mark switch
    {
        "V" => string.Empty,
        "S" => " | theo nguồn thứ cấp",
        _ => " | CHƯA ĐỐI CHIẾU văn bản gốc",
    };

    private static DateOnly OptionalDateValue(string text) =>
        Arguments.TryDate(text, out var d) ? d : throw new UsageException($"--date '{text}' phải có dạng yyyy-MM-dd.");

    private static object Summary(RuleSet s) => new
    {
        name = s.Name,
        issuer = s.Issuer,
        decision_no = s.DecisionNo,
        decision_date = s.DecisionDate,
        effective_from = s.EffectiveFrom,
        effective_to = s.EffectiveTo,
        rules = s.Rules.Count,
        actions = s.Actions.Select(a => a.ToSlug()).Order(StringComparer.Ordinal),
        verified = s.Verified,
    };
}
