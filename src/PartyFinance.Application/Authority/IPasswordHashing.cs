namespace PartyFinance.Application.Authority;

/// <summary>Seam to the password hasher (ASP.NET Core Identity's PasswordHasher in Infrastructure): the CLI and the web store and check the same hashes.</summary>
public interface IPasswordHashing
{
    string Hash(string login, string password);

    /// <summary>True when the password matches the stored hash.</summary>
    bool Verify(string login, string passwordHash, string password);
}
