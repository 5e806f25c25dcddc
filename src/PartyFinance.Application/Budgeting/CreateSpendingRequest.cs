using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// `spend request …`: saves a draft and answers the advisory budget check (shown, never refusing:
/// the enforced checks come at approval and payment).
/// </summary>
public sealed class CreateSpendingRequest(IBudgetStore store, AccessGuard access, TimeProvider time)
{
    public async Task<Result<CreatedRequest>> RunAsync(NewSpendingRequest input, CancellationToken ct)
    {
        var allowed = await access.CheckAsync(input.By, Permission.SpendRequest, input.Key.Unit, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<CreatedRequest>(allowed.Errors);
        }

        var id = await store.NextRequestIdAsync(ct);
        var created = SpendingRequest.Create(id, input.Key, input.Amount, input.Purpose, input.Payee, input.Nature, input.By,
            time.GetUtcNow(), input.ContractSignedOn);
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
        return Result.Success(new CreatedRequest(created.Value, check));
    }
}

/// <summary>Input of <see cref="CreateSpendingRequest"/>.</summary>
public sealed record NewSpendingRequest(BudgetLineKey Key, long Amount, string Purpose, string By,
    string? Payee = null, SpendingNature Nature = SpendingNature.Payment, DateOnly? ContractSignedOn = null);

/// <summary>The saved draft and the advisory check (Warning is null when the line has room).</summary>
public sealed record CreatedRequest(SpendingRequest Request, BudgetCheck Check);
