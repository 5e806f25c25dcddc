namespace PartyFinance.Domain.Ledger;

/// <summary>A voucher as entered or imported, before the posting rules have accepted it.</summary>
public sealed record VoucherDraft(
    string Key,
    DateOnly Date,
    string UnitCode,
    string TypeCode,
    string Description,
    IReadOnlyList<PostingDraft> Lines,
    int? Row = null);
