using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// `budget close-year --year Y [--unit U]`: closes one unit, or every unit holding an estimate of
/// that year, through <see cref="CloseYear"/>; stores each unit's report and returns the stored
/// reports (so a rerun prints what the first run did). Stops at the first unit refused.
/// </summary>
public sealed class CloseBudgetYear(CloseYear close, IYearEndStore reports, AccessGuard access, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<CarryForwardLine>>> RunAsync(int year, string? unit, string by, DateOnly date, CancellationToken ct)
    {
        var allowed = await access.CheckAsync(by, Permission.BudgetCloseYear, unit?.Trim(), ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<IReadOnlyList<CarryForwardLine>>(allowed.Errors);
        }

        var units = unit is { } u ? [u.Trim()] : await reports.UnitsWithLinesAsync(year, ct);
        var report = new List<CarryForwardLine>();
        foreach (var code in units)
        {
            var closed = await close.RunAsync(code, year, by, date, ct);
            if (closed.IsFailure)
            {
                return closed;
            }

            await reports.SaveYearEndAsync(closed.Value, by, clock.GetUtcNow(), ct);
            report.AddRange(await reports.YearEndAsync(code, year, ct));
        }

        return Result.Success<IReadOnlyList<CarryForwardLine>>(report);
    }
}
