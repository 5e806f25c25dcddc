namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// How a request is paid, which fixes the voucher type: RDT (giấy rút dự toán at the State
/// Treasury), PC (phiếu chi, cash) or UNC (ủy nhiệm chi, bank/treasury deposit account).
/// </summary>
public enum PaymentMethod
{
    BudgetWithdrawal,
    Cash,
    Bank,
}
