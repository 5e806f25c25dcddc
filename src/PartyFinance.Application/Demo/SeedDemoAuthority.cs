using System.Globalization;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Demo;

/// <summary>
/// The demo's authority set-up: the shipped delegation rule sets when none is stored yet, and the
/// sample approvers registered as real users through <see cref="AddUser"/>, so spending can be
/// approved in every demo year. Running it again adds nobody twice.
/// </summary>
public sealed class SeedDemoAuthority(IAuthorityStore store, ImportRuleSets importRuleSets, AddUser addUser, DemoFiles files)
{
    public async Task<Result<int>> RunAsync(CancellationToken ct)
    {
        if ((await store.LoadRuleSetsAsync(ct)).Count == 0)
        {
            await using var rules = File.OpenRead(files.RuleSets);
            var imported = await importRuleSets.ExecuteAsync(new ImportFile(rules, Path.GetFileName(files.RuleSets)), ct);
            if (imported.IsFailure)
            {
                return Result.Failure<int>(imported.Errors);
            }
        }

        var added = 0;
        using var reader = new CsvReader(File.OpenRead(files.Approvers));
        var header = CsvHeader.Read(reader, ["login", "role", "scope", "from", "to"], []);
        if (header.IsFailure)
        {
            return Result.Failure<int>(header.Errors);
        }

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
