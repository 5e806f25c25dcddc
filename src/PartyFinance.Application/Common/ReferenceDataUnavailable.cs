using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Common;

/// <summary>
/// The product's own reference files (db/budget, db/authority next to the program) could not be
/// read when a use case that needs them was built: an installation problem, reported like a
/// refusal (every bad row named) by the edge that resolves the use case.
/// </summary>
public sealed class ReferenceDataUnavailable(string file, IReadOnlyList<DomainError> errors)
    : Exception($"Reference data '{file}' is invalid: " + string.Join("; ", errors.Select(e => e.Code)))
{
    public string File { get; } = file;

    public IReadOnlyList<DomainError> Errors { get; } = errors;
}
