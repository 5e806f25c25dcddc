namespace PartyFinance.Infrastructure.Persistence;

/// <summary>Appends rows to one table inside the session's transaction, buffering as the provider likes.</summary>
internal interface IRowWriter : IAsyncDisposable
{
    ValueTask AddAsync(CancellationToken ct, params object?[] row);

    Task FlushAsync(CancellationToken ct);
}
