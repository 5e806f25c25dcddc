using PartyFinance.Application.Authority;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Authority;
using PartyFinance.Infrastructure.Authority;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Testing;

/// <summary>
/// The real permission guard over the shipped db/authority/permissions.csv on a test database, and
/// users registered the way the product registers them: the first administrator "admin" (as
/// `db init --admin admin`), then `user add … --by admin`. Unit-scoped users need their unit imported first.
/// </summary>
public static class TestAccess
{
    private static readonly Lazy<PermissionMatrix> Shipped = new(() =>
    {
        using var text = File.OpenText(RepoPaths.Db("authority", "permissions.csv"));
        return PermissionMatrixCsv.Parse(text).Value;
    });

    public static PermissionMatrix Matrix => Shipped.Value;

    public static AccessGuard Guard(DatabaseTarget target, TimeProvider clock) => new(new AuthorityStore(target), Matrix, clock);

    /// <summary>Ensures "admin" exists, then adds each user not stored yet (granted from 01/01/2024).</summary>
    public static async Task RegisterAsync(DatabaseTarget target, TimeProvider clock, params (string Login, Role Role, RoleScope Scope)[] people)
    {
        var store = new AuthorityStore(target);
        var addUser = new AddUser(store, new UnitDirectory(new LedgerQueries(target)), Guard(target, clock), clock);
        var admin = await new CreateFirstAdmin(store, addUser, clock).ExecuteAsync("admin", "Quản trị viên", CancellationToken.None);
        if (admin.IsFailure)
        {
            throw new InvalidOperationException(admin.FirstError.Describe());
        }

        foreach (var (login, role, scope) in people)
        {
            var added = await addUser.ExecuteAsync(new AddUserRequest(login, "Người dùng " + login, role, scope, new DateOnly(2024, 1, 1), null), "admin", CancellationToken.None);
            if (added.IsFailure)
            {
                throw new InvalidOperationException(added.FirstError.Describe());
            }
        }
    }
}
