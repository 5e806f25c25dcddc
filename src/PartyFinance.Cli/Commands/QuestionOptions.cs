using System.CommandLine;
using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using static PartyFinance.Cli.Commands.AuthorityOptionValues;

namespace PartyFinance.Cli.Commands;

/// <summary>
/// The options that make an authority question (`authority decide`, `approval submit`); the
/// defaults and the unit's kind come from <see cref="AskAuthority"/>.
/// </summary>
internal sealed class QuestionOptions
{
    public Option<string?> Action { get; } = new("--action") { Description = "Hành động: " + string.Join(", ", AuthorityActions.Slugs) };
    public Option<string?> AssetClass { get; } = new("--asset-class") { Description = "Loại tài sản: " + string.Join(", ", AssetClasses.Slugs) };
    public Option<string> Unit { get; } = new("--unit") { Description = "Mã đơn vị", Required = true };
    public Option<long> Value { get; } = Arguments.Amount("--amount", "Giá trị, số tiền (đồng); tài sản: nguyên giá", aliases: "--value");
    public Option<string?> Basis { get; } = new("--basis") { Description = "Cách tính giá trị: per-asset | per-package" };
    public Option<string?> Funding { get; } = new("--funding") { Description = "Nguồn kinh phí: " + string.Join(", ", Fundings.Slugs) };
    public Option<string?> SpendingKind { get; } = new("--spending-kind") { Description = "Loại chi (cho spend): " + string.Join(", ", SpendingKinds.Slugs) };
    public Option<string?> Date { get; } = new("--date") { Description = "Ngày quyết định (yyyy-MM-dd hoặc dd/MM/yyyy), mặc định hôm nay" };

    private static T? Optional<T>(ParseResult p, Option<string?> option, TryParse<T> tryParse, IEnumerable<string> allowed)
        where T : struct => p.GetValue(option) is null ? null : Slug(p, option, tryParse, allowed, default(T));

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Action, AssetClass, Unit, Value, Basis, Funding, SpendingKind, Date })
        {
            command.Options.Add(option);
        }
    }

    public async Task<Result<AuthorityQuestion>> ReadAsync(ParseResult p, CliContext c, CancellationToken ct)
    {
        var action = RequiredSlug<AuthorityAction>(p, Action, AuthorityActions.TryParse, AuthorityActions.Slugs);
        if (action != AuthorityAction.Spend && p.GetValue(AssetClass) is null)
        {
            throw new UsageException($"Thiếu --asset-class cho hành động {action.ToSlug()}; chọn một trong: {string.Join(", ", AssetClasses.Slugs)}.");
        }

        var ask = new AuthorityAsk(action, Optional<AssetClass>(p, AssetClass, AssetClasses.TryParse, AssetClasses.Slugs), p.GetValue(Unit)!, p.GetValue(Value),
            Optional<ValueBasis>(p, Basis, ValueBases.TryParse, ValueBases.Slugs), Optional<Funding>(p, Funding, Fundings.TryParse, Fundings.Slugs),
            Optional<SpendingKind>(p, SpendingKind, SpendingKinds.TryParse, SpendingKinds.Slugs), OptionalDate(p, Date));
        return await c.Get<AskAuthority>().BuildAsync(ask, ct);
    }
}
