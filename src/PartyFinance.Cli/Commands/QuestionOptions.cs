using System.CommandLine;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using static PartyFinance.Cli.Commands.AuthorityOptionValues;

namespace PartyFinance.Cli.Commands;

/// <summary>
/// The options that make an authority question (`authority decide`, `approval submit`). Defaults:
/// basis per-asset for asset actions and per-package for spend; asset class required except for
/// spend (any); funding and spending kind any; date today. The unit code gives the unit kind.
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
        var spend = action == AuthorityAction.Spend;
        if (!spend && p.GetValue(AssetClass) is null)
        {
            throw new UsageException($"Thiếu --asset-class cho hành động {action.ToSlug()}; chọn một trong: {string.Join(", ", AssetClasses.Slugs)}.");
        }

        var assetClass = Slug(p, AssetClass, AssetClasses.TryParse, AssetClasses.Slugs, Domain.Authority.AssetClass.Any);
        var basis = Slug(p, Basis, ValueBases.TryParse, ValueBases.Slugs, spend ? ValueBasis.PerPackage : ValueBasis.PerAsset);
        var funding = Slug(p, Funding, Fundings.TryParse, Fundings.Slugs, Domain.Authority.Funding.Any);
        var spendingKind = Slug(p, SpendingKind, SpendingKinds.TryParse, SpendingKinds.Slugs, Domain.Authority.SpendingKind.Any);
        var date = OptionalDate(p, Date) ?? Today(c);
        var unit = await UnitAsync(c, p.GetValue(Unit)!, "unit", ct);
        if (unit.IsFailure)
        {
            return Result.Failure<AuthorityQuestion>(unit.Errors);
        }

        return Result.Success(new AuthorityQuestion(action, assetClass, unit.Value.Kind, funding, basis, spendingKind, p.GetValue(Value), date));
    }
}
