using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>`spend show &lt;id&gt;`: one request with its line and its whole append-only history.</summary>
public sealed class ShowRequest(IBudgetStore store)
{
    public async Task<Result<SpendingRequest>> RunAsync(long id, CancellationToken ct) =>
        await store.FindRequestAsync(id, ct) is { } request ? Result.Success(request) : RequestWork.NotFound(id);
}
