using PartyFinance.Application.Authority;

namespace PartyFinance.Application.Demo;

/// <summary>
/// Gives every demo user (see `demo seed`) the demo password, for the web sign-in, unless that user
/// already has a password. Only on the demo installation: nothing is done unless the demo
/// administrator exists. Returns the demo users, one line each, for the start-up banner.
/// </summary>
public sealed class SetDemoPasswords(IAuthorityStore users, ICredentialStore credentials, IPasswordHashing hashing, TimeProvider clock)
{
    public async Task<IReadOnlyList<DemoSignIn>> RunAsync(string password, CancellationToken ct)
    {
        if (await users.FindUserAsync(DemoUsers.Admin, ct) is null)
        {
            return [];
        }

        var logins = new[] { DemoUsers.Admin }.Concat(DemoUsers.Province.Select(u => u.Login)).Concat(DemoUsers.UnitHeads.Select(u => u.Login));
        var shown = new List<DemoSignIn>();
        foreach (var login in logins)
        {
            var user = await users.FindUserAsync(login, ct);
            if (user is null)
            {
                continue;
            }

            if (await credentials.FindAsync(login, ct) is null)
            {
                await credentials.SetPasswordAsync(login, hashing.Hash(login, password), clock.GetUtcNow(), ct);
            }

            var grant = user.Grants[0];
            shown.Add(new DemoSignIn(login, user.Name, grant.Role, grant.Scope.UnitCode));
        }

        return shown;
    }
}

/// <summary>One demo user as the start-up banner lists it: login, name, role and unit (null: province-wide).</summary>
public sealed record DemoSignIn(string Login, string Name, Domain.Authority.Role Role, string? Unit);
