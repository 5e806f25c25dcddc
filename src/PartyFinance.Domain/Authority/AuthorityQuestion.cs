using PartyFinance.Domain.Organisation;

namespace PartyFinance.Domain.Authority;

/// <summary>
/// "Who decides this?" Asset actions pass the booked original cost (nguyên giá) as
/// <see cref="Value"/> (TT 141/2025 Art. 5.4). <see cref="UnitKind"/> null and the Any values mean
/// "not about one kind": such a question is answered only by rules that say "any" there.
/// </summary>
public sealed record AuthorityQuestion(
    AuthorityAction Action,
    AssetClass AssetClass,
    UnitKind? UnitKind,
    Funding Funding,
    ValueBasis Basis,
    SpendingKind SpendingKind,
    long Value,
    DateOnly Date);
