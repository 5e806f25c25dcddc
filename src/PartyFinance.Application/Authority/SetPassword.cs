using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Authority;

/// <summary>
/// Sets a user's sign-in password: an administrator for anyone (permission user.manage), or a
/// signed-in user for themself. The hash replaces the old one and clears any lockout.
/// </summary>
public sealed class SetPassword(IAuthorityStore users, ICredentialStore credentials, IPasswordHashing hashing, AccessGuard access, TimeProvider clock)
{
    public async Task<Result> RunAsync(string login, string password, string by, LockoutPolicy policy, CancellationToken ct)
    {
        var self = string.Equals(login?.Trim(), by?.Trim(), StringComparison.OrdinalIgnoreCase);
        var allowed = self ? await access.KnownAsync(by ?? string.Empty, ct) : await access.CheckAsync(by ?? string.Empty, Permission.UserManage, (string?)null, ct);
        if (allowed.IsFailure)
        {
            return allowed;
        }

        var user = await users.FindUserAsync((login ?? string.Empty).Trim(), ct);
        if (user is null)
        {
            return Result.Failure(new DomainError(AuthorityErrors.UnknownUser, $"Không có người dùng '{login}'.", "login"));
        }

        if (string.IsNullOrWhiteSpace(password) || password.Length < policy.MinimumPasswordLength)
        {
            return Result.Failure(new DomainError(SignInErrors.WeakPassword,
                $"Mật khẩu phải có ít nhất {policy.MinimumPasswordLength.ToString(System.Globalization.CultureInfo.InvariantCulture)} ký tự.", "password"));
        }

        await credentials.SetPasswordAsync(user.Login, hashing.Hash(user.Login, password), clock.GetUtcNow(), ct);
        return Result.Success();
    }
}
