using System.CommandLine;
using PartyFinance.Application.Authority;
using PartyFinance.Cli.Language;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Authority;
using static PartyFinance.Cli.Commands.AuthorityOptionValues;

namespace PartyFinance.Cli.Commands;

/// <summary>`approval list [--pending] [--for USER]`: every request, the pending ones, or a user's inbox.</summary>
internal static class ApprovalListCommand
{
    public static Command Build(Func<ParseResult, CliContext> context)
    {
        var pending = new Option<bool>("--pending") { Description = "Chỉ hồ sơ đang chờ duyệt" };
        var signer = new Option<string?>("--for") { Description = "Hộp việc của người dùng này: hồ sơ đang chờ bước mà người đó được duyệt", HelpName = "người dùng" };
        var command = new Command("list", "Liệt kê hồ sơ duyệt (số, trạng thái, bước đang chờ)") { pending, signer };
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            User? user = null;
            if (p.GetValue(signer) is { } login)
            {
                user = await c.Get<IAuthorityStore>().FindUserAsync(login.Trim(), ct);
                if (user is null)
                {
                    return c.Output.Refuse([new DomainError(AuthorityErrors.UnknownUser, $"Không có người dùng '{login}'.", "for")]);
                }
            }

            var all = await c.Get<ApprovalQueries>().ListAsync(ct);
            var rows = ApprovalInbox.Filter(all, p.GetValue(pending) || user is not null, user, c.Clock.GetLocalNow());
            if (c.Json || c.Csv)
            {
                c.Output.List(c, rows.Select(r => new
                {
                    number = r.Number,
                    id = r.Request.Id.ToString("D", System.Globalization.CultureInfo.InvariantCulture),
                    status = StatusSlug(r.Request.Status),
                    document_kind = r.Request.DocumentKind.ToSlug(),
                    document = r.Request.DocumentReference,
                    unit = r.Request.ProposingUnit,
                    value = r.Request.Value,
                    maker = r.Request.Maker,
                    submitted_at = r.Request.Events[0].At,
                    next_step = r.Request.NextStep?.Number,
                    next_decider = r.Request.NextStep?.Decider.ToSlug(),
                    decider = r.Request.Decision.Decider.ToSlug(),
                }));
                return ExitCodes.Success;
            }

            c.Output.Line($"{"Số",5} {"Trạng thái",-20} {"Đơn vị",-8} {"Giá trị",20}  {"Chờ bước",-36} Hồ sơ");
            foreach (var (number, r) in rows)
            {
                var waiting = r.NextStep is { } s ? $"{s.Number}. {s.Decider.VietnameseName()}" : "—";
                c.Output.Line($"{number,5} {StatusText(r.Status),-20} {r.ProposingUnit,-8} {VietnameseFormat.Amount(r.Value),20}  {waiting,-36} {r.DocumentKind.Name()} {r.DocumentReference} (người lập {r.Maker})");
            }

            c.Output.Line(user is null ? $"{rows.Count} hồ sơ." : $"{rows.Count} hồ sơ chờ {user.Login} duyệt.");
            return ExitCodes.Success;
        });
        return command;
    }
}
