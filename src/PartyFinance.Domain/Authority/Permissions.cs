namespace PartyFinance.Domain.Authority;

/// <summary>Slugs of <see cref="Permission"/> as written in db/authority/permissions.csv.</summary>
public static class Permissions
{
    private static readonly SlugTable<Permission> Table = new(
        (Permission.DatabaseInit, "db.init"),
        (Permission.UserManage, "user.manage"),
        (Permission.RuleSetManage, "rules.manage"),
        (Permission.RuleSetEnd, "rules.end"),
        (Permission.UnitImport, "unit.import"),
        (Permission.BalanceImport, "balance.import"),
        (Permission.VoucherImport, "voucher.import"),
        (Permission.VoucherReverse, "voucher.reverse"),
        (Permission.VoucherEvent, "voucher.event"),
        (Permission.PeriodLock, "period.lock"),
        (Permission.PeriodUnlock, "period.unlock"),
        (Permission.ApprovalSubmit, "approval.submit"),
        (Permission.ApprovalDecide, "approval.decide"),
        (Permission.BudgetImport, "budget.import"),
        (Permission.BudgetChange, "budget.change"),
        (Permission.BudgetControlMode, "budget.control-mode"),
        (Permission.BudgetCloseYear, "budget.close-year"),
        (Permission.SpendRequest, "spend.request"),
        (Permission.SpendDecide, "spend.decide"),
        (Permission.SpendPay, "spend.pay"),
        (Permission.SpendRunRecurring, "spend.run-recurring"),
        (Permission.AssetClassImport, "asset.class-import"),
        (Permission.AssetImport, "asset.import"),
        (Permission.AssetWear, "asset.wear"),
        (Permission.AssetAction, "asset.action"),
        (Permission.AssetChange, "asset.change"),
        (Permission.AssetStocktake, "asset.stocktake"));

    public static IEnumerable<string> Slugs => Table.Slugs;

    public static string ToSlug(this Permission value) => Table.ToSlug(value);

    public static bool TryParse(string? slug, out Permission value) => Table.TryParse(slug, out value);
}
