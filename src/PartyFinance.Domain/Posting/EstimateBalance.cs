namespace PartyFinance.Domain.Posting;

/// <summary>
/// Debit and credit totals of one off-balance account for a unit, month, voucher type and budget
/// dimensions (table estimate_balances, kept in the posting transaction like account_balances).
/// </summary>
public sealed record EstimateBalance(
    string Unit,
    int Year,
    int Month,
    string Account,
    string FundSource,
    string BudgetItem,
    string Sector,
    string VoucherType,
    long Debit,
    long Credit);
