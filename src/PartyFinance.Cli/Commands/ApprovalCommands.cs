using System.CommandLine;
using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Authority;
using static PartyFinance.Cli.Commands.AuthorityOptionValues;

namespace PartyFinance.Cli.Commands;

/// <summary>`approval submit | approve | reject | show`: the maker is --by; each signature is a separate user.</summary>
public static class ApprovalCommands
{
    public static Command Build(Func<ParseResult, CliContext> context)
    {
        var kind = new Option<string?>("--document-kind") { Description = "Loại hồ sơ: " + string.Join(", ", DocumentKinds.Slugs), Required = true };
        var document = new Option<string>("--document") { Description = "Số hiệu chứng từ, hồ sơ", Required = true };
        var question = new QuestionOptions();
        var submit = new Command("submit", "Lập hồ sơ trình duyệt; tính cấp có thẩm quyền và chuỗi duyệt") { kind, document };
        question.AddTo(submit);
        submit.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var documentKind = RequiredSlug<DocumentKind>(p, kind, DocumentKinds.TryParse, DocumentKinds.Slugs);
            var asked = await question.ReadAsync(p, c, ct);
            var result = asked.IsFailure ? Result.Failure<ApprovalRequest>(asked.Errors)
                : await c.Get<SubmitForApproval>().ExecuteAsync(
                    new SubmitForApprovalRequest(documentKind, p.GetValue(document)!, p.GetValue(question.Unit)!.Trim(), c.Actor, asked.Value), ct);
            return await PrintAsync(c, result, (r, n) => [$"Đã lập hồ sơ duyệt {ApprovalView.Id(n)}.", $"Thẩm quyền quyết định: {r.Decision.Decider.VietnameseName()} theo {r.Decision.RuleApplied}.", "Chuỗi duyệt: " + ApprovalView.Chain(r)]);
        });

        var id = new Argument<string>("id") { Description = "Số hồ sơ duyệt (ví dụ 12) hoặc mã đầy đủ", HelpName = "số" };
        var decisionNo = new Option<string>("--decision-no") { Description = "Số quyết định (văn bản) của người duyệt", Required = true };
        var decisionDate = new Option<string?>("--date", "--decision-date") { Description = "Ngày quyết định (yyyy-MM-dd hoặc dd/MM/yyyy)", Required = true };
        var step = new Option<int?>("--step") { Description = "Bước duyệt (mặc định: bước đang chờ)" };
        var approve = new Command("approve", "Duyệt bước đang chờ của hồ sơ") { id, decisionNo, decisionDate, step };
        approve.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var requestId = await RequestIdAsync(c, p.GetValue(id), ct);
            if (requestId == Guid.Empty)
            {
                return c.Output.Refuse([Unknown(p.GetValue(id))]);
            }

            var date = OptionalDate(p, decisionDate)!.Value;
            var number = p.GetValue(step) ?? (await c.Get<IAuthorityStore>().FindRequestAsync(requestId, ct))?.NextStep?.Number ?? 1;
            var result = await c.Get<ApproveStep>().ExecuteAsync(new ApproveStepRequest(requestId, number, c.Actor, p.GetValue(decisionNo)!, date), ct);
            return await PrintAsync(c, result, (r, n) => [r.IsReleased
                ? $"Đã duyệt bước {number}/{r.Steps.Count}: hồ sơ {ApprovalView.Id(n)} đã được {r.Decision.Decider.VietnameseName()} phê duyệt, được phép thực hiện."
                : $"Đã duyệt bước {number}/{r.Steps.Count} của hồ sơ {ApprovalView.Id(n)}; chờ bước {r.NextStep!.Number} ({r.NextStep.Decider.VietnameseName()})."]);
        });

        var reason = new Option<string?>("--reason") { Description = "Lý do từ chối (bắt buộc)" };
        var reject = new Command("reject", "Từ chối hồ sơ ở bước đang chờ") { id, reason };
        reject.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var requestId = await RequestIdAsync(c, p.GetValue(id), ct);
            if (requestId == Guid.Empty)
            {
                return c.Output.Refuse([Unknown(p.GetValue(id))]);
            }

            var result = await c.Get<RejectRequest>().ExecuteAsync(new RejectRequestRequest(requestId, c.Actor, p.GetValue(reason) ?? string.Empty), ct);
            return await PrintAsync(c, result, (r, n) => [$"Đã từ chối hồ sơ {ApprovalView.Id(n)}."]);
        });

        var show = new Command("show", "Xem trạng thái, các bước và lịch sử của hồ sơ duyệt") { id };
        show.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var requestId = await RequestIdAsync(c, p.GetValue(id), ct);
            var found = await c.Get<IAuthorityStore>().FindRequestAsync(requestId, ct);
            var result = found is null
                ? Result.Failure<ApprovalRequest>(Unknown(p.GetValue(id)))
                : Result.Success(found);
            return await PrintAsync(c, result, (r, n) => ApprovalView.Text(r, n, c.Clock));
        });

        return new Command("approval", "Trình duyệt và phê duyệt theo phân cấp") { submit, approve, reject, show, Csv.Supported(ApprovalListCommand.Build(context)) };
    }

    /// <summary>A number no approval has (resolved to the empty id) is named as typed, not as a blank id.</summary>
    private static DomainError Unknown(string? typed) => new(AuthorityErrors.UnknownRequest, $"Không tìm thấy hồ sơ duyệt {typed}.", "id");

    private static async Task<Guid> RequestIdAsync(CliContext c, string? text, CancellationToken ct) =>
        await c.Get<ApprovalNumbers>().ResolveAsync(text, ct)
        ?? throw new UsageException($"Số hồ sơ duyệt '{text}' không hợp lệ (một số như 12, hoặc mã đầy đủ xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).");

    private static async Task<int> PrintAsync(CliContext c, Result<ApprovalRequest> result, Func<ApprovalRequest, long, IEnumerable<string>> text)
    {
        if (result.IsFailure)
        {
            return c.Output.Refuse(result.Errors);
        }

        var number = await c.Get<ApprovalNumbers>().NumberOfAsync(result.Value.Id, CancellationToken.None);
        if (c.Json)
        {
            c.Output.Json(ApprovalView.Json(result.Value, number));
            return ExitCodes.Success;
        }

        foreach (var line in text(result.Value, number))
        {
            c.Output.Line(line);
        }

        return ExitCodes.Success;
    }
}
