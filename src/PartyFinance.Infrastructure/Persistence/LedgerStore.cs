using PartyFinance.Application.Ledger;

namespace PartyFinance.Infrastructure.Persistence;

public sealed class LedgerStore(DatabaseTarget target) : ILedgerStore
{
    public async Task<ILedgerSession> BeginAsync(CancellationToken ct) => await LedgerSession.BeginAsync(target, ct);
}
