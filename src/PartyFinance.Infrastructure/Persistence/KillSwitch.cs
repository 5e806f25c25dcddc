using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartyFinance.Infrastructure.Persistence;

/// <summary>
/// The kill tests' hook (PARTYFINANCE_TEST_KILL_AT): <c>before-commit</c> kills the process as its first
/// transaction is about to commit, <c>after-commit</c> as soon as it has committed — the two moments at which
/// an interrupted run must leave either nothing or everything, and a re-run must end as an uninterrupted one.
/// Not registered unless the variable names one of them.
/// </summary>
public sealed class KillSwitch : DbTransactionInterceptor
{
    public const string Variable = "PARTYFINANCE_TEST_KILL_AT";
    public const string BeforeCommit = "before-commit";
    public const string AfterCommit = "after-commit";

    private readonly string _at;

    private KillSwitch(string at) => _at = at;

    /// <summary>The switch the environment asks for, or none.</summary>
    public static KillSwitch? FromEnvironment() => Environment.GetEnvironmentVariable(Variable) is { } at && (at == BeforeCommit || at == AfterCommit) ? new KillSwitch(at) : null;

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        KillIf(BeforeCommit);
        return result;
    }

    public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default)
    {
        KillIf(BeforeCommit);
        return ValueTask.FromResult(result);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => KillIf(AfterCommit);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        KillIf(AfterCommit);
        return Task.CompletedTask;
    }

    private void KillIf(string moment)
    {
        if (string.Equals(_at, moment, StringComparison.Ordinal))
        {
            Process.GetCurrentProcess().Kill();
        }
    }
}
