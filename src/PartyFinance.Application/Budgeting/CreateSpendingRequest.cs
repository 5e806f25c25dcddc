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

        var id = await store.NextRequestIdAsync(ct);
        var purchase = assets is null
            ? Result.Success(new PurchaseCheck(null, null))
            : await assets.CheckRequestAsync(input.Key, input.Amount, id, input.Asset, ct);
        if (purchase.IsFailure)
        {
            return Result.Failure<CreatedRequest>(purchase.Errors);
        }

        var created = SpendingRequest.Create(id, input.Key, input.Amount, input.Purpose, input.Payee, input.Nature, input.By,
            time.GetUtcNow(), input.ContractSignedOn, purchase.Value.Asset);
        if (created.IsFailure)
        {
            return Result.Failure<CreatedRequest>(created.Errors);
        }

        var saved = await store.SaveRequestAsync(created.Value, ct);
        if (saved.IsFailure)
        {
            return Result.Failure<CreatedRequest>(saved.Errors);
        }

        var line = await store.FindLineAsync(input.Key, ct);
        var check = line?.Check(input.Amount)
            ?? new BudgetCheck(input.Amount, 0, ControlMode.Stop, $"Chưa có dòng dự toán {input.Key}.");
        return Result.Success(new CreatedRequest(created.Value, check, purchase.Value.Notice));
    }
}

/// <summary>Input of <see cref="CreateSpendingRequest"/>.</summary>
public sealed record NewSpendingRequest(BudgetLineKey Key, long Amount, string Purpose, string By,
    string? Payee = null, SpendingNature Nature = SpendingNature.Payment, DateOnly? ContractSignedOn = null, AssetPurchaseInput? Asset = null);

/// <summary>The saved draft, the advisory check (Warning is null when the line has room) and what the request's item means for assets (null: nothing).</summary>
public sealed record CreatedRequest(SpendingRequest Request, BudgetCheck Check, string? AssetNotice = null);
