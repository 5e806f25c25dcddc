using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PartyFinance.Application.Demo;
using PartyFinance.Application.Reference;
using PartyFinance.Composition;
using PartyFinance.Domain.Authority;

namespace PartyFinance.Web;

/// <summary>
/// Before the server listens: a database without an administrator (a fresh clone) gets the demo
/// province (`demo seed`); an existing one gets its pending schema upgrades (`db init`). On the demo
/// installation every demo user without a password gets the demo password. When the server has
/// started, the address and the demo users are printed.
/// </summary>
public sealed class FirstRun(IServiceProvider services, ProductSettings books, WebOptions options, TimeProvider clock, IServer server, IHostApplicationLifetime lifetime, ILogger<FirstRun> log) : IHostedService
{
    private IReadOnlyList<DemoSignIn> _demo = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var settings = sp.GetRequiredService<ProductSettings>();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var setup = sp.GetRequiredService<IBooksSetup>();
        if (!await setup.HasAdministratorAsync(today, cancellationToken) && options.SeedDemo)
        {
            log.LogInformation("Creating the demo province in {Database}", books.BooksDisplay);
            var seeded = await sp.GetRequiredService<SeedDemo>().RunAsync(settings.ReferenceFolder, cancellationToken);
            if (seeded.IsFailure)
            {
                throw new InvalidOperationException("Không tạo được dữ liệu mẫu: " + string.Join(" ", seeded.Errors.Select(e => e.Describe())));
            }
        }
        else
        {
            var upgraded = await setup.RunAsync(settings.ReferenceFolder, "web", cancellationToken);
            if (upgraded.IsFailure)
            {
                throw new InvalidOperationException("Không nâng cấp được cơ sở dữ liệu: " + string.Join(" ", upgraded.Errors.Select(e => e.Describe())));
            }
        }

        _demo = await sp.GetRequiredService<SetDemoPasswords>().RunAsync(options.DemoPassword, cancellationToken);
        lifetime.ApplicationStarted.Register(() => PrintBanner(Console.Out));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void PrintBanner(TextWriter output)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        output.WriteLine($"PartyFinance — cơ sở dữ liệu: {books.BooksDisplay}");
        foreach (var address in addresses)
        {
            output.WriteLine($"Mở trình duyệt tại: {address}");
        }

        if (_demo.Count == 0)
        {
            output.WriteLine("Đăng nhập bằng tài khoản do quản trị viên cấp (partyfinance user add, partyfinance user password).");
            return;
        }

        output.WriteLine($"Dữ liệu mẫu: đăng nhập bằng một tên dưới đây, mật khẩu '{options.DemoPassword}' (nếu người đó chưa đổi).");
        foreach (var u in _demo.GroupBy(d => d.Role).Select(g => g.First()))
        {
            output.WriteLine($"  {u.Login,-16} {u.Name,-18} {u.Role.VietnameseName()} — {(u.Unit is null ? "toàn tỉnh" : "đơn vị " + u.Unit)}");
        }

        output.WriteLine("  (thủ trưởng các đơn vị khác: " + string.Join(", ", _demo.Where(d => d.Role == Role.UnitHead).Skip(1).Select(d => d.Login)) + ")");
    }
}
