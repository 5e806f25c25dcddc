using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Authority;

/// <summary>
/// An authority question as a person asks it: a unit code and only the values they gave. A null
/// value takes its default (README `authority decide`).
/// </summary>
public sealed record AuthorityAsk(AuthorityAction Action, AssetClass? AssetClass, string Unit, long Value,
    ValueBasis? Basis = null, Funding? Funding = null, SpendingKind? SpendingKind = null, DateOnly? Date = null);

/// <summary>
/// Completes an <see cref="AuthorityAsk"/> with the defaults — basis per-asset for asset actions and
/// per-package for spend; asset class required except for spend (then any); funding and spending
/// kind any; date today by the clock — and the kind of the named unit.
/// </summary>
public sealed class AskAuthority(UnitDirectory units, TimeProvider clock)
{
    public async Task<Result<Domain.Authority.AuthorityQuestion>> BuildAsync(AuthorityAsk ask, CancellationToken ct)
    {
        var spend = ask.Action == AuthorityAction.Spend;
        if (!spend && ask.AssetClass is null)
        {
            return new DomainError(AuthorityErrors.BadQuestion,
                $"Hành động {ask.Action.ToSlug()} phải nêu loại tài sản (asset_class): {string.Join(", ", AssetClasses.Slugs)}.", "asset_class");
        }

        var unit = await units.FindAsync(ask.Unit, "unit", ct);
        if (unit.IsFailure)
        {
            return Result.Failure<Domain.Authority.AuthorityQuestion>(unit.Errors);
        }

        return Result.Success(new Domain.Authority.AuthorityQuestion(ask.Action, ask.AssetClass ?? AssetClass.Any, unit.Value.Kind,
            ask.Funding ?? Funding.Any, ask.Basis ?? (spend ? ValueBasis.PerPackage : ValueBasis.PerAsset), ask.SpendingKind ?? SpendingKind.Any,
            ask.Value, ask.Date ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime)));
    }
}
