using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartyFinance.Testing;

/// <summary>
/// Hears EF Core's commands and transactions in this process (its DiagnosticListener), for tests that count the
/// statements a use case sends. Every test database is a books.db and tests run side by side, so a test keeps only the
/// events of its own database, by its whole path. Subscribe before the books are made: EF Core decides early whether anyone listens.
/// </summary>
public static class EfEvents
{
    public static IDisposable Listen(Action<EventData> seen) => DiagnosticListener.AllListeners.Subscribe(new Listener(seen));

    private sealed class Listener(Action<EventData> seen) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == "Microsoft.EntityFrameworkCore")
            {
                value.Subscribe(this);
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Value is CommandExecutedEventData or TransactionEventData)
            {
                seen((EventData)value.Value);
            }
        }
    }
}
