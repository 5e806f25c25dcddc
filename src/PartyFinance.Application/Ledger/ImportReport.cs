using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Ledger;

/// <summary>What an import did: how many records it stored and skipped, or every problem it found (then it stored nothing).</summary>
public sealed record ImportReport(int Rows, int Stored, int Skipped, string? FirstNumber, string? LastNumber, IReadOnlyList<DomainError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static ImportReport Failed(IReadOnlyList<DomainError> errors, int rows = 0) =>
        new(rows, 0, 0, null, null, errors.OrderBy(e => e.Row ?? 0).ToList());
}
