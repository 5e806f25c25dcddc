using System.Text.Json;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests.Authority;

/// <summary>
/// Runs `partyfinance` in-process against a fresh database holding the administrator "admin" (who
/// acts unless a command names another --by), two units (BTG, VPTU) and, unless told otherwise,
/// the shipped Bắc Ninh rule sets. The clock stands at 01/03/2024 09:00.
/// </summary>
internal sealed class AuthorityCli : IAsyncDisposable
{
    public const string Units = """
        code,name,kind,parent,chapter,valid_from,valid_to,successor
        VPTU,Văn phòng Tỉnh ủy,provincial-office,,509,2020-01-01,,
        BTG,Ban Tuyên giáo Tỉnh ủy,party-agency,,509,2020-01-01,,
        """;

    private readonly CliRunner _cli;

    private AuthorityCli(CliRunner cli) => _cli = cli;

    public static string ShippedRules => RepoPaths.Db("authority", "bac-ninh-332-2021.csv");

    public static async Task<AuthorityCli> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, bool importRules = true)
    {
        var clock = new FixedClock(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.FromHours(7)));
        var cli = new AuthorityCli(await CliRunner.StartAsync(provider, clock: clock, actor: TestUsers.Admin, shippedRuleSets: false, people: []));
        await cli.MustSucceedAsync("unit", "import", cli.WriteFile("units.csv", Units));
        if (importRules)
        {
            await cli.MustSucceedAsync("authority", "import", ShippedRules);
        }

        return cli;
    }

    public string WriteFile(string name, string content) => _cli.File(name, content);

    public Task<(int Code, string Out, string Err)> RunAsync(params string[] args) => _cli.RunAsync(args);

    public Task<string> MustSucceedAsync(params string[] args) => _cli.MustSucceedAsync(args);

    public Task<JsonElement> JsonAsync(params string[] args) => _cli.JsonAsync(args);

    /// <summary>Users for every step of a chain: head/BTG, head2/VPTU, clerk (accountant/BTG), chief, board, committee.</summary>
    public async Task AddSignersAsync()
    {
        await MustSucceedAsync("user", "add", "head", "--name", "Trần Văn Hùng", "--role", "unit-head", "--scope", "BTG", "--from", "2024-01-01");
        await MustSucceedAsync("user", "add", "head2", "--name", "Phạm Thu Hà", "--role", "unit-head", "--scope", "VPTU", "--from", "2024-01-01");
        await MustSucceedAsync("user", "add", "clerk", "--name", "Đỗ Minh Anh", "--role", "accountant", "--scope", "BTG", "--from", "2024-01-01");
        await MustSucceedAsync("user", "add", "chief", "--name", "Lê Thị Mai", "--role", "office-chief", "--scope", "province", "--from", "2024-01-01");
        await MustSucceedAsync("user", "add", "board", "--name", "Nguyễn Văn Bình", "--role", "standing-board", "--scope", "province", "--from", "2024-01-01");
        await MustSucceedAsync("user", "add", "committee", "--name", "Hoàng Văn Cường", "--role", "standing-committee", "--scope", "province", "--from", "2024-01-01");
    }

    /// <summary>Submits a purchase of one "other" asset for BTG and returns the request id.</summary>
    public async Task<string> SubmitPurchaseAsync(long value, string maker) =>
        (await JsonAsync("approval", "submit", "--document-kind", "purchase-proposal", "--document", "TTr-12/BTG", "--unit", "BTG",
            "--value", value.ToString(System.Globalization.CultureInfo.InvariantCulture), "--action", "purchase", "--asset-class", "other", "--by", maker))
        .GetProperty("id").GetString()!;

    public ValueTask DisposeAsync() => _cli.DisposeAsync();
}
