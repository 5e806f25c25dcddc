using System.CommandLine;
using PartyFinance.Application.Ledger;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Cli.Commands;

/// <summary>`voucher search`: vouchers by account, text, type, counterparty, amount range and date range.</summary>
internal static class VoucherSearchCommand
{
    public static Command Build(Func<ParseResult, CliContext> context)
    {
        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị" };
        var account = new Option<string?>("--account") { Description = "Có dòng ghi vào tài khoản này (gồm tài khoản chi tiết)" };
        var text = new Option<string?>("--text") { Description = "Diễn giải có chứa (không phân biệt hoa thường)" };
        var type = new Option<string?>("--type") { Description = "Loại chứng từ, ví dụ PC, PT, RDT" };
        var counterparty = new Option<string?>("--counterparty") { Description = "Đối tượng trên một dòng có chứa" };
        var min = Arguments.OptionalAmount("--min-amount", "Số tiền từ (đồng)");
        var max = Arguments.OptionalAmount("--max-amount", "Số tiền đến (đồng)");
        var from = new Option<string?>("--from") { Description = "Từ ngày (yyyy-MM-dd hoặc dd/MM/yyyy)", HelpName = "ngày" };
        var to = new Option<string?>("--to") { Description = "Đến ngày (yyyy-MM-dd hoặc dd/MM/yyyy)", HelpName = "ngày" };
        var command = new Command("search", "Tìm chứng từ theo tài khoản, nội dung, loại, đối tượng, khoảng số tiền và khoảng ngày")
        {
            unit, account, text, type, counterparty, min, max, from, to,
        };
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var criteria = new VoucherSearchCriteria(
                Trim(p.GetValue(unit)), Trim(p.GetValue(account)), Trim(p.GetValue(text)), Trim(p.GetValue(type))?.ToUpperInvariant(), Trim(p.GetValue(counterparty)),
                p.GetValue(min), p.GetValue(max), Date(p.GetValue(from), "--from"), Date(p.GetValue(to), "--to"));
            if (criteria is { MinAmount: { } lo, MaxAmount: { } hi } && lo > hi)
            {
                throw new UsageException("--min-amount không được lớn hơn --max-amount.");
            }

            if (criteria is { From: { } f, To: { } t } && f > t)
            {
                throw new UsageException("--from không được sau --to.");
            }

            if (await LedgerCommands.UnknownUnitAsync(c, criteria.Unit, ct) is { } refused)
            {
                return refused;
            }

            return VoucherCommands.PrintList(c, await c.Get<VoucherSearch>().FindAsync(criteria, ct));
        });
        return command;
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateOnly? Date(string? text, string option) =>
        text is null ? null : Arguments.TryDate(text, out var d) ? d : throw Arguments.BadDate(option, text);
}
