using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Authority;

/// <summary>`user add LOGIN --name … --role R --scope UNIT|province [--from D] [--to D]`.</summary>
public sealed record AddUserRequest(string Login, string Name, Role Role, RoleScope Scope, DateOnly? From, DateOnly? To);

/// <summary>
/// Creates the user, or adds a grant to an existing one (the name must then match).
/// A missing --from means "from today" by the injected clock.
/// </summary>
public sealed class AddUser(IAuthorityStore store, UnitDirectory units, AccessGuard access, TimeProvider clock)
{
    /// <summary>Adds the grant when <paramref name="by"/> may manage users (an administrator).</summary>
    public async Task<Result<User>> ExecuteAsync(AddUserRequest request, string by, CancellationToken cancellationToken)
    {
        var allowed = await access.CheckAsync(by, Permission.UserManage, (string?)null, cancellationToken);
        return allowed.IsFailure ? Result.Failure<User>(allowed.Errors) : await GrantAsync(request, cancellationToken);
    }

    /// <summary>The grant itself, without the permission check: only <see cref="CreateFirstAdmin"/> calls it directly.</summary>
    internal async Task<Result<User>> GrantAsync(AddUserRequest request, CancellationToken cancellationToken)
    {
        var scope = request.Scope;
        if (!scope.IsProvince)
        {
            var unit = await units.FindAsync(scope.UnitCode!, "scope", cancellationToken);
            if (unit.IsFailure)
            {
                return Result.Failure<User>(unit.Errors);
            }

            scope = RoleScope.Unit(unit.Value.Code);
        }

        var user = await store.FindUserAsync(request.Login.Trim(), cancellationToken);
        if (user is null)
        {
            var created = User.Create(request.Login, request.Name);
            if (created.IsFailure)
            {
                return created;
            }

            user = created.Value;
        }
        else if (!string.Equals(user.Name, request.Name.Trim(), StringComparison.Ordinal))
        {
            return new DomainError(AuthorityErrors.BadUser, $"Tên đăng nhập {user.Login} đã thuộc về '{user.Name}'.", "name");
        }

        var from = request.From ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var granted = user.AddGrant(new RoleGrant(request.Role, scope, from, request.To));
        if (granted.IsFailure)
        {
            return Result.Failure<User>(granted.Errors);
        }

        await store.SaveUserAsync(user, cancellationToken);
        return Result.Success(user);
    }
}
