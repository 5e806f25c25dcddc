using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Authority;

/// <summary>
/// Checks a login and password for the web sign-in. A locked account is refused before the
/// password is looked at; each wrong password adds a failed attempt in the database, and the
/// attempt that reaches the policy's maximum locks the account. Success clears the count.
/// An unknown login and a wrong password get the same refusal.
/// </summary>
public sealed class SignIn(IAuthorityStore users, ICredentialStore credentials, IPasswordHashing hashing, TimeProvider clock)
{
    public async Task<Result<User>> RunAsync(string login, string password, LockoutPolicy policy, CancellationToken ct)
    {
        var name = (login ?? string.Empty).Trim();
        var user = name.Length == 0 ? null : await users.FindUserAsync(name, ct);
        var stored = user is null ? null : await credentials.FindAsync(user.Login, ct);
        if (user is null || stored is null)
        {
            return Bad();
        }

        var now = clock.GetUtcNow();
        if (stored.LockedUntil is { } until && until > now)
        {
            return Locked(until);
        }

        if (!hashing.Verify(user.Login, stored.PasswordHash, password ?? string.Empty))
        {
            var lockUntil = now + policy.LockoutDuration;
            var failures = await credentials.RecordFailureAsync(user.Login, policy.MaxFailedAttempts, lockUntil, ct);
            return failures >= policy.MaxFailedAttempts ? Locked(lockUntil) : Bad();
        }

        await credentials.RecordSuccessAsync(user.Login, now, ct);
        return Result.Success(user);
    }

    private static Result<User> Bad() => Result.Failure<User>(new DomainError(SignInErrors.BadCredentials,
        "Tên đăng nhập hoặc mật khẩu không đúng.", "login"));

    private Result<User> Locked(DateTimeOffset until) => Result.Failure<User>(new DomainError(SignInErrors.LockedOut,
        $"Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần; thử lại sau {TimeZoneInfo.ConvertTime(until, clock.LocalTimeZone).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}.", "login"));
}
