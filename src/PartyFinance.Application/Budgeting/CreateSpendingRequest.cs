using PartyFinance.Application.Assets;
using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// `spend request …`: saves a draft and answers the advisory budget check (shown, never refusing:
/// the enforced checks come at approval and payment). A request on an asset purchase item carries the
/// asset it buys (<see cref="AssetPurchasing"/>), checked before the draft is saved.
/// </summary>
public sealed class CreateSpendingRequest(IBudgetStore store, AccessGuard access, TimeProvider time, AssetPurchasing? assets = null)
{
    public async Task<Result<CreatedRequest>> RunAsync(NewSpendingRequest input, CancellationToken ct)
    {
        var allowed = await access.CheckAsync(input.By, Permission.SpendRequest, input.Key.Unit, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<CreatedRequest>(allowed.Errors);
        }

        if (!await store.UnitExistsAsync(input.Key.Unit, ct))
        {
            return new DomainError(Domain.Ledger.LedgerErrors.UnitUnknown, $"Đơn vị '{input.Key.Unit}' không tồn tại (xem: partyfinance unit list).", "unit");
        }

        // Everything is checked before an id is taken, so a refused request leaves no gap in the numbering.
        var draft = await DraftAsync(input, 0, ct);
        if (draft.IsFailure)
        {
            return Result.Failure<CreatedRequest>(draft.Errors);
        }

        if (await BudgetClassification.CheckAsync(store, draft.Value.Request.Key, time.GetUtcNow(), ct) is { } unclassified)
        {
            return unclassified;
        }

        var numbered = await DraftAsync(input, await store.NextRequestIdAsync(ct), ct);
        if (numbered.IsFailure)
        {
            return Result.Failure<CreatedRequest>(numbered.Errors); // only an asset code derived from the id can now be taken
        }

        var (created, purchase) = numbered.Value;

        var saved = await store.SaveRequestAsync(created, ct);
        if (saved.IsFailure)
        {
            return Result.Failure<CreatedRequest>(saved.Errors);
        }

        var line = await store.FindLineAsync(input.Key, ct);
        var check = line?.Check(input.Amount)
            ?? new BudgetCheck(input.Amount, 0, ControlMode.Stop, $"Chưa có dòng dự toán {input.Key}.");
        return Result.Success(new CreatedRequest(created, check, purchase.Notice));
    }

    private async Task<Result<(SpendingRequest Request, PurchaseCheck Purchase)>> DraftAsync(NewSpendingRequest input, long id, CancellationToken ct)
    {
        var purchase = assets is null
            ? Result.Success(new PurchaseCheck(null, null))
            : await assets.CheckRequestAsync(input.Key, input.Amount, id, input.Asset, ct);
        if (purchase.IsFailure)
        {
            return Result.Failure<(SpendingRequest, PurchaseCheck)>(purchase.Errors);
        }

        var created = SpendingRequest.Create(id, input.Key, input.Amount, input.Purpose, input.Payee, input.Nature, input.By,
            time.GetUtcNow(), input.ContractSignedOn, purchase.Value.Asset);
        return created.IsFailure ? Result.Failure<(SpendingRequest, PurchaseCheck)>(created.Errors) : Result.Success((created.Value, purchase.Value));
    }
}

/// <summary>Input of <see cref="CreateSpendingRequest"/>.</summary>
public sealed record NewSpendingRequest(BudgetLineKey Key, long Amount, string Purpose, string By,
    string? Payee = null, SpendingNature Nature = SpendingNature.Payment, DateOnly? ContractSignedOn = null, AssetPurchaseInput? Asset = null);

/// <summary>The saved draft, the advisory check (Warning is null when the line has room) and what the request's item means for assets (null: nothing).</summary>
public sealed record CreatedRequest(SpendingRequest Request, BudgetCheck Check, string? AssetNotice = null);
