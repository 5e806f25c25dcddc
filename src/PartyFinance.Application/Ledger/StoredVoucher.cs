using PartyFinance.Domain.Ledger;

namespace PartyFinance.Application.Ledger;

/// <summary>A voucher read back from the books, with whether a reversal already points at it.</summary>
public sealed record StoredVoucher(Voucher Voucher, bool IsReversed);
