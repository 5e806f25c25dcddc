namespace PartyFinance.Cli.Tests;

/// <summary>
/// How every CLI harness gets its people: the real path only — `db init --admin admin` on the
/// fresh database, then `user add … --by admin` — and a default --by for commands that name nobody.
/// </summary>
internal static class TestUsers
{
    public const string Admin = "admin";

    /// <summary><paramref name="args"/> with "--by <paramref name="actor"/>" first, unless they name the actor already.</summary>
    public static string[] ActingAs(string actor, string[] args) => args.Contains("--by") ? args : ["--by", actor, .. args];

    /// <summary>Creates the administrator, then each (login, role, scope) through `user add`.</summary>
    public static async Task RegisterAsync(Func<string[], Task<(int Code, string Out, string Err)>> run, params (string Login, string Role, string Scope)[] people)
    {
        await MustAsync(run, "db", "init", "--admin", Admin, "--name", "Quản trị viên", "--by", Admin);
        await AddAsync(run, people);
    }

    /// <summary>Each (login, role, scope) through `user add --by admin`; the administrator exists already.</summary>
    public static async Task AddAsync(Func<string[], Task<(int Code, string Out, string Err)>> run, params (string Login, string Role, string Scope)[] people)
    {
        foreach (var (login, role, scope) in people)
        {
            await MustAsync(run, "user", "add", login, "--name", "Người dùng " + login, "--role", role, "--scope", scope, "--from", "2024-01-01", "--by", Admin);
        }
    }

    private static async Task MustAsync(Func<string[], Task<(int Code, string Out, string Err)>> run, params string[] args)
    {
        var (code, _, err) = await run(args);
        Assert.True(code == 0, $"partyfinance {string.Join(' ', args)} → {code}: {err}");
    }
}
