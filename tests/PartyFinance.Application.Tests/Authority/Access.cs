using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;

namespace PartyFinance.Application.Tests.Authority;

/// <summary>
/// The real permission guard over the shipped db/authority/permissions.csv, and users registered the
/// way the product registers them: `db init --admin admin` (CreateFirstAdmin), then `user add` by admin.
/// </summary>
internal static class Access
{
    private static readonly Lazy<PermissionMatrix> Shipped = new(() =>
    {
        using var text = File.OpenText(ShippedRuleSets.Path("db", "authority", "permissions.csv"));
        return PermissionMatrixCsv.Parse(text).Value;
    });

    public static PermissionMatrix Matrix => Shipped.Value;

    public static AccessGuard Guard(IAuthorityStore users, TimeProvider clock) => new(users, Matrix, clock);

    public static AddUser AddUser(IAuthorityStore users, TimeProvider clock) => new(users, FakeUnits.Directory, Guard(users, clock), clock);

    /// <summary>Creates the administrator "admin", then each user (granted from 01/01/2024) through AddUser as admin.</summary>
    public static async Task RegisterAsync(IAuthorityStore users, TimeProvider clock, params (string Login, Role Role, RoleScope Scope)[] people)
    {
        var addUser = AddUser(users, clock);
        var admin = await new CreateFirstAdmin(users, addUser, clock).ExecuteAsync("admin", "Quản trị viên", CancellationToken.None);
        Assert.True(admin.IsSuccess, admin.IsFailure ? admin.FirstError.Describe() : null);
        foreach (var (login, role, scope) in people)
        {
            var added = await addUser.ExecuteAsync(new AddUserRequest(login, "Người dùng " + login, role, scope, new DateOnly(2024, 1, 1), null), "admin", CancellationToken.None);
            Assert.True(added.IsSuccess, added.IsFailure ? added.FirstError.Describe() : null);
        }
    }
}
