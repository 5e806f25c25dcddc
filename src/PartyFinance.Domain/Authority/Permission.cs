namespace PartyFinance.Domain.Authority;

/// <summary>
/// What a command that changes data asks to do. Which role may do it, for which scope and from
/// when, is data (db/authority/permissions.csv), never code.
/// </summary>
public enum Permission
{
    DatabaseInit,
    UserManage,
    RuleSetManage,
    RuleSetEnd,
    UnitImport,
    BalanceImport,
    VoucherImport,
    VoucherReverse,
    VoucherEvent,
    PeriodLock,
    PeriodUnlock,
    ApprovalSubmit,
    ApprovalDecide,
    BudgetImport,
    BudgetChange,
    BudgetControlMode,
    BudgetCloseYear,
    SpendRequest,
    SpendDecide,
    SpendPay,
    SpendRunRecurring,
    AssetClassImport,
    AssetImport,
    AssetWear,
    AssetAction,
    AssetChange,
    AssetStocktake,
    CloseYear,
    ToolReceive,
    ToolIssue,
    ToolImport,
    ToolCloseYear,
}
