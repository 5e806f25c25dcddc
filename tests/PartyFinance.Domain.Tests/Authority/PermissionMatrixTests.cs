using PartyFinance.Domain.Authority;

namespace PartyFinance.Domain.Tests.Authority;

public class PermissionMatrixTests
{
    private static readonly DateOnly Day = new(2026, 3, 15);

    private static readonly PermissionMatrix Matrix = new(
    [
        new(Role.Accountant, Permission.VoucherImport, PermissionReach.Unit, new DateOnly(2018, 1, 1), null, "mẫu", "U"),
        new(Role.Admin, Permission.UnitImport, PermissionReach.Province, new DateOnly(2018, 1, 1), null, "mẫu", "U"),
        new(Role.ChiefAccountant, Permission.PeriodLock, PermissionReach.Unit, new DateOnly(2027, 1, 1), null, "mẫu", "U"),
    ]);

    private static RoleGrant Grant(Role role, string scope, DateOnly? to = null) => new(role, RoleScope.Parse(scope), new DateOnly(2024, 1, 1), to);

    [Fact]
    public void AUnitGrant_CoversItsOwnUnitOnly_NotAChildUnitNorAProvinceAction()
    {
        Assert.True(Matrix.Allows(Grant(Role.Accountant, "VPTU"), Permission.VoucherImport, "VPTU", Day));
        Assert.False(Matrix.Allows(Grant(Role.Accountant, "VPTU"), Permission.VoucherImport, "BTC", Day));
        Assert.False(Matrix.Allows(Grant(Role.Accountant, "VPTU"), Permission.VoucherImport, null, Day));
    }

    [Fact]
    public void AProvinceGrant_CoversEveryUnit_AndAProvinceReachNeedsOne()
    {
        Assert.True(Matrix.Allows(Grant(Role.Accountant, "province"), Permission.VoucherImport, "BTC", Day));
        Assert.True(Matrix.Allows(Grant(Role.Admin, "province"), Permission.UnitImport, null, Day));
        Assert.False(Matrix.Allows(Grant(Role.Admin, "VPTU"), Permission.UnitImport, "VPTU", Day));
    }

    [Fact]
    public void AnExpiredGrant_ARuleNotYetInForce_AndAnotherRole_AllowNothing()
    {
        Assert.False(Matrix.Allows(Grant(Role.Accountant, "VPTU", new DateOnly(2025, 12, 31)), Permission.VoucherImport, "VPTU", Day));
        Assert.False(Matrix.Allows(Grant(Role.ChiefAccountant, "VPTU"), Permission.PeriodLock, "VPTU", Day));
        Assert.False(Matrix.Allows(Grant(Role.Auditor, "province"), Permission.VoucherImport, "VPTU", Day));
    }
}
