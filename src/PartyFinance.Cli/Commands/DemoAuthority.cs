using System.Globalization;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Authority;

namespace PartyFinance.Cli.Commands;

/// <summary>
/// The demo's authority set-up (the shipped rule sets of db/authority are loaded by `db init`):
/// the sample approvers of db/budget/sample-approvers.csv registered as real users (as
/// `user add` would), so spending can be approved in every demo year.
/// </summary>
internal static class DemoAuthority
{
    public static async Task<Result<int>> LoadAsync(CliContext c, CancellationToken ct)
    {
        var store = new AuthorityStore(c.Target);
        var added = 0;
        using var reader = new CsvReader(File.OpenRead(Path.Combine(BudgetWiring.Folder, "sample-approvers.csv")));
        var header = CsvHeader.Read(reader, ["login", "role", "scope", "from", "to"], []);
        if (header.IsFailure)
        {
            return Result.Failure<int>(header.Errors);
        }

        var addUser = new AddUser(store, c.Clock);
        while (reader.ReadRecord() is { } r)
        {
            var login = header.Value.Get(r, "login");
            if (await store.FindUserAsync(login, ct) is not null || !Roles.TryParse(header.Value.Get(r, "role"), out var role))
            {
                continue;
            }

            var scope = RoleScope.Parse(header.Value.Get(r, "scope"));
            var from = DateOnly.ParseExact(header.Value.Get(r, "from"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var result = await addUser.ExecuteAsync(new AddUserRequest(login, "Người duyệt mẫu " + login, role, scope, from, null), ct);
            if (result.IsFailure)
            {
                return Result.Failure<int>(result.Errors);
            }

            added++;
        }

        return Result.Success(added);
    }
}
