using PartyFinance.Application.Ledger;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Ledger;

/// <summary>Opens ledger sessions on the target; the clock stamps batches that carry no time of their own.</summary>
public sealed class LedgerStore(DatabaseTarget target, TimeProvider clock) : ILedgerStore
{
    public async Task<ILedgerSession> BeginAsync(CancellationToken ct) => await LedgerSession.BeginAsync(target, clock, ct);
}
