namespace PartyFinance.Application.Ledger;

/// <summary>
/// `voucher search`: every criterion given must hold. Account matches any line (sub-accounts included);
/// text matches the description and counterparty any line's counterparty, both ignoring case; the amount
/// range applies to the voucher's amount; dates are inclusive.
/// </summary>
public sealed record VoucherSearchCriteria(
    string? Unit = null,
    string? Account = null,
    string? Text = null,
    string? Type = null,
    string? Counterparty = null,
    long? MinAmount = null,
    long? MaxAmount = null,
    DateOnly? From = null,
    DateOnly? To = null);
