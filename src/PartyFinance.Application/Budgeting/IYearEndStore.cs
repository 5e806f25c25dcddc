using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Application.Budgeting;

/// <summary>The year-end report, kept per line so a rerun of close-year prints what the first run did.</summary>
public interface IYearEndStore
{
    /// <summary>Units holding a line of <paramref name="year"/> (its own estimate, not carried-over lines).</summary>
    Task<IReadOnlyList<string>> UnitsWithLinesAsync(int year, CancellationToken ct);

    Task SaveYearEndAsync(IReadOnlyList<CarryForwardLine> lines, string by, DateTimeOffset at, CancellationToken ct);

    Task<IReadOnlyList<CarryForwardLine>> YearEndAsync(string unit, int year, CancellationToken ct);
}
