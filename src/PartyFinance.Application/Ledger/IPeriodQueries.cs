namespace PartyFinance.Application.Ledger;

/// <summary>`period list`: every month of the year in which each unit existed, with its lock state (the edges read it through this seam).</summary>
public interface IPeriodQueries
{
    Task<IReadOnlyList<PeriodStatus>> ListAsync(string? unit, int year, CancellationToken ct);
}
