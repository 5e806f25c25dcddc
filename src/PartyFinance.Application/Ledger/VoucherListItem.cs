namespace PartyFinance.Application.Ledger;

/// <summary>Read model of `voucher list`.</summary>
public sealed record VoucherListItem(string Number, string Key, DateOnly Date, string Unit, string Type, string Description, long Amount, string? Reverses, string? ReversedBy);
