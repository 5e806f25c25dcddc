namespace PartyFinance.Application.Ledger;

/// <summary>Opens posting sessions on the books.</summary>
public interface ILedgerStore
{
    Task<ILedgerSession> BeginAsync(CancellationToken ct);
}
