using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Reference;

/// <summary>The first administrator `db init --admin` names.</summary>
public sealed record FirstAdmin(string Login, string Name);

/// <summary>
/// `db init [--admin LOGIN --name "…"]`: creates or upgrades the schema, loads the reference files
/// and, on a fresh installation, grants the first administrator. Once an administrator exists,
/// only an administrator may run it — the acting user, or the login given with --admin — and
/// --admin with another login is refused (that administrator adds people with `user add`).
/// </summary>
public sealed class InitialiseBooks(IBooksSetup setup, AccessGuard access, CreateFirstAdmin firstAdmin, TimeProvider clock)
{
    public async Task<Result<(InitReport Report, User? Admin)>> RunAsync(string referenceFolder, string actor, FirstAdmin? admin, CancellationToken ct)
    {
        var hasAdmin = await setup.HasAdministratorAsync(DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ct);
        if (hasAdmin)
        {
            // With an administrator in place this creates nothing: the same login is a no-op, another is refused.
            var same = admin is null ? null : await firstAdmin.ExecuteAsync(admin.Login, admin.Name, ct);
            if (same is { IsFailure: true })
            {
                return Result.Failure<(InitReport, User?)>(same.Errors);
            }

            var allowed = await access.CheckAsync(admin?.Login ?? actor, Permission.DatabaseInit, (string?)null, ct);
            if (allowed.IsFailure)
            {
                return Result.Failure<(InitReport, User?)>(allowed.Errors);
            }
        }

        var report = await setup.RunAsync(referenceFolder, admin?.Login ?? actor, ct);
        if (report.IsFailure)
        {
            return Result.Failure<(InitReport, User?)>(report.Errors);
        }

        if (admin is null)
        {
            return Result.Success<(InitReport, User?)>((report.Value, null));
        }

        var created = await firstAdmin.ExecuteAsync(admin.Login, admin.Name, ct);
        return created.IsFailure ? Result.Failure<(InitReport, User?)>(created.Errors) : Result.Success<(InitReport, User?)>((report.Value, created.Value));
    }
}
