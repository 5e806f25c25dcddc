using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Common;
using PartyFinance.Application.Organisation;
using PartyFinance.Composition;
using PartyFinance.Domain.Authority;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Benchmarks;

/// <summary>
/// The product's composition root for a benchmark database, acting as "bench": the first
/// administrator, also granted chief accountant for the province (through `user add`), so the
/// timed use cases run with the permission check they always run with.
/// </summary>
internal static class BenchServices
{
    public const string Actor = "bench";

    public static async Task<IServiceProvider> OpenAsync(DatabaseTarget target, int units)
    {
        var root = PartyFinanceServices.Build(new ProductSettings(target, Actor, Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "db"))), TimeProvider.System);
        var sp = root.CreateScope().ServiceProvider;
        const string name = "Đo hiệu năng";
        var init = await sp.GetRequiredService<Application.Reference.InitialiseBooks>().RunAsync(sp.GetRequiredService<ProductSettings>().ReferenceFolder, Actor,
            new Application.Reference.FirstAdmin(Actor, name), CancellationToken.None);
        Check(init);
        var user = await sp.GetRequiredService<ListUsers>().ExecuteAsync(CancellationToken.None);
        if (!user.Any(u => u.Login == Actor && u.Grants.Any(g => g.Role == Role.ChiefAccountant)))
        {
            Check(await sp.GetRequiredService<AddUser>().ExecuteAsync(new AddUserRequest(Actor, name, Role.ChiefAccountant, RoleScope.Province, new DateOnly(2018, 1, 1), null), Actor, CancellationToken.None));
        }

        var csv = new StringBuilder("code,name,kind,parent,chapter,valid_from,valid_to,successor\n");
        for (var u = 0; u < units; u++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"U{u:000},Đơn vị {u},party-agency,,509,2018-01-01,,\n");
        }

        var imported = await sp.GetRequiredService<ImportUnits>().RunAsync(ImportFile.FromText(csv.ToString(), "units.csv"), Actor, CancellationToken.None);
        if (!imported.Succeeded)
        {
            throw new InvalidOperationException(imported.Errors[0].Describe());
        }

        return sp;
    }

    private static void Check(Domain.Common.Result result)
    {
        if (result.IsFailure)
        {
            throw new InvalidOperationException(result.FirstError.Describe());
        }
    }
}
