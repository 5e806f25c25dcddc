using Microsoft.AspNetCore.Identity;
using PartyFinance.Application.Authority;

namespace PartyFinance.Infrastructure.Authority;

/// <summary>ASP.NET Core Identity's PasswordHasher (PBKDF2, its version-3 format), the one hasher of the CLI and the web.</summary>
public sealed class PasswordHashing : IPasswordHashing
{
    private readonly PasswordHasher<string> _hasher = new();

    public string Hash(string login, string password) => _hasher.HashPassword(login, password);

    public bool Verify(string login, string passwordHash, string password) =>
        _hasher.VerifyHashedPassword(login, passwordHash, password) is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;
}
