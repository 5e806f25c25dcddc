using System.CommandLine;
using PartyFinance.Application.Authority;
using PartyFinance.Cli.Language;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using static PartyFinance.Cli.Commands.AuthorityOptionValues;

namespace PartyFinance.Cli.Commands;

/// <summary>`user add LOGIN --name … --role R --scope UNIT|province [--from D] [--to D]`, `user list` and `user password LOGIN --password-file F`.</summary>
public static class UserCommands
{
    public static Command Build(Func<ParseResult, CliContext> context)
    {
        var login = new Argument<string>("login") { Description = "Tên đăng nhập" };
        var name = new Option<string>("--name") { Description = "Họ tên", Required = true };
        var role = new Option<string?>("--role") { Description = "Vai trò: " + string.Join(", ", Roles.Slugs), Required = true };
        var scope = new Option<string>("--scope") { Description = "Mã đơn vị hoặc province (toàn tỉnh)", Required = true };
        var from = new Option<string?>("--from") { Description = "Hiệu lực từ ngày (yyyy-MM-dd hoặc dd/MM/yyyy), mặc định hôm nay" };
        var to = new Option<string?>("--to") { Description = "Hiệu lực đến hết ngày (yyyy-MM-dd hoặc dd/MM/yyyy)" };
        var add = new Command("add", "Thêm người dùng hoặc cấp thêm vai trò") { login, name, role, scope, from, to };
        add.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var grantedRole = RequiredSlug<Role>(p, role, Roles.TryParse, Roles.Slugs);
            var (fromDate, toDate) = (OptionalDate(p, from), OptionalDate(p, to));
            var scopeText = p.GetValue(scope)!;
            if (string.IsNullOrWhiteSpace(scopeText))
            {
                throw new UsageException("--scope phải là mã đơn vị hoặc province.");
            }

            var result = await c.Get<AddUser>()
                .ExecuteAsync(new AddUserRequest(p.GetValue(login)!, p.GetValue(name)!, grantedRole, RoleScope.Parse(scopeText), fromDate, toDate), c.Actor, ct);
            if (result.IsFailure)
            {
                return c.Output.Refuse(result.Errors);
            }

            var user = result.Value;
            if (c.Json || c.Csv)
            {
                c.Output.Json(Describe(user));
            }
            else
            {
                var g = user.Grants[^1];
                c.Output.Line($"Đã cấp vai trò {g.Role.Name()} (phạm vi {g.Scope.Name()}, {Period(g)}) cho {user.Login} — {user.Name}.");
            }

            return ExitCodes.Success;
        });

        var list = new Command("list", "Liệt kê người dùng và vai trò");
        list.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var users = await c.Get<ListUsers>().ExecuteAsync(ct);
            if (c.Json || c.Csv)
            {
                c.Output.List(c, users.Select(Describe));
                return ExitCodes.Success;
            }

            foreach (var u in users)
            {
                c.Output.Line($"{u.Login} — {u.Name}");
                foreach (var g in u.Grants)
                {
                    c.Output.Line($"    {g.Role.Name(),-28} {g.Scope.Name(),-12} {Period(g)}");
                }
            }

            return ExitCodes.Success;
        });

        return new Command("user", "Người dùng và vai trò") { add, Csv.Supported(list), Password(context) };
    }

    /// <summary>`user password LOGIN --password-file FILE`: the web sign-in password (first line of the file, so it is in no shell history); an administrator for anyone, a user for themself.</summary>
    private static Command Password(Func<ParseResult, CliContext> context)
    {
        var login = new Argument<string>("login") { Description = "Tên đăng nhập" };
        var file = new Option<string>("--password-file") { Description = "Tệp chứa mật khẩu mới (dòng đầu tiên)", Required = true };
        var command = new Command("password", "Đặt mật khẩu đăng nhập ứng dụng web (mở khóa tài khoản)") { login, file };
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var path = p.GetValue(file)!;
            if (!File.Exists(path))
            {
                return c.Output.Refuse([new DomainError(Application.Common.ImportErrors.FileNotFound, $"Không có tệp '{path}'.", "password-file")]);
            }

            var password = (await File.ReadAllLinesAsync(path, ct)).FirstOrDefault() ?? string.Empty;
            var result = await c.Get<SetPassword>().RunAsync(p.GetValue(login)!, password, c.Actor, LockoutPolicy.Default, ct);
            if (result.IsFailure)
            {
                return c.Output.Refuse(result.Errors);
            }

            c.Output.Line($"Đã đặt mật khẩu đăng nhập cho {p.GetValue(login)!.Trim()}; tài khoản được mở khóa.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Period(RoleGrant g) =>
        $"từ {VietnameseFormat.Date(g.ValidFrom)}{(g.ValidTo is { } t ? " đến " + VietnameseFormat.Date(t) : string.Empty)}";

    private static object Describe(User u) => new
    {
        login = u.Login,
        name = u.Name,
        grants = u.Grants.Select(g => new { role = g.Role.ToSlug(), scope = g.Scope.ToString(), valid_from = g.ValidFrom, valid_to = g.ValidTo }),
    };
}
