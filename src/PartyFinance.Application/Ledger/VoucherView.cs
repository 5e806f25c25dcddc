namespace PartyFinance.Application.Ledger;

/// <summary>Read model of `voucher show`: the header as in `voucher list` and every line with its dimensions.</summary>
public sealed record VoucherView(string Number, string Key, DateOnly Date, string Unit, string Type, string Description, long Amount,
    string? Reverses, string? ReversedBy, IReadOnlyList<VoucherViewLine> Lines);

/// <summary>One line of a voucher: account, side (debit | credit), amount and dimensions.</summary>
public sealed record VoucherViewLine(string Account, string Side, long Amount, string? FundSource, string? BudgetItem, string? Sector, string? Program,
    string? Counterparty);
