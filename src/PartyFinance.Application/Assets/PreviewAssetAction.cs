using PartyFinance.Application.Authority;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Assets;

/// <summary>
/// Who would decide an asset action, before it is asked: the same question <see cref="RequestAssetAction"/> puts to
/// the stored delegation rules (the asset's class, its unit's kind, its dominant funding and its booked original cost
/// on that date, TT 141/2025 Art. 5.4), answered without opening anything. A read: it changes nothing.
/// </summary>
public sealed class PreviewAssetAction(IAssetStore store, ILedgerQueries units, AssetReference reference, DecideAuthority decide)
{
    public async Task<Result<AuthorityDecision>> RunAsync(AssetAction action, string code, DateOnly date, CancellationToken ct)
    {
        var asset = await store.FindAsync(code.Trim(), ct);
        if (asset is null)
        {
            return new DomainError(AssetErrors.NotFound, $"Không có tài sản mã '{code}' trong sổ tài sản.", "code");
        }

        var state = asset.At(date);
        var unit = (await units.ListUnitsAsync(ct)).FirstOrDefault(u => u.Code == state.Unit);
        var question = RequestAssetAction.Question(reference.With(await store.ClassesAsync(ct)), asset.ClassCode, state.Funding, unit?.Kind, action, state.OriginalCost, date);
        return question.IsFailure ? Result.Failure<AuthorityDecision>(question.Errors) : await decide.ExecuteAsync(question.Value, ct);
    }
}
