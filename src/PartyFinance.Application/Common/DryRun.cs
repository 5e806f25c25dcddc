using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Common;

/// <summary>
/// Runs a use case's unit of work so that it is always rolled back: the work runs in full (every check, every voucher it would
/// post, every number it would take) and its answer is kept, then the store is told the work refused, which rolls the
/// transaction back. A dry run of an import therefore reports exactly what the import would do or every error it would
/// name, and stores nothing.
/// </summary>
public static class DryRun
{
    /// <summary>The refusal handed to the store so it rolls back; never returned to a caller.</summary>
    public const string RolledBack = "import.dry-run";

    public static async Task<Result<T>> RollBackAsync<TWork, T>(Func<Func<TWork, Task<Result<T>>>, Task<Result<T>>> inWork, Func<TWork, Task<Result<T>>> work)
    {
        Result<T>? seen = null;
        var outer = await inWork(async unit =>
        {
            seen = await work(unit);
            return seen.IsFailure ? seen : Result.Failure<T>(new DomainError(RolledBack, "Chạy thử: không ghi gì."));
        });
        return seen ?? outer;
    }
}
