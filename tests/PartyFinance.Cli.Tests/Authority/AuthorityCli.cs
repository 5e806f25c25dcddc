using System.Text.Json;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests.Authority;

/// <summary>
/// Runs `partyfinance` in-process against a fresh database holding two units (BTG, VPTU) and,
/// unless told otherwise, the shipped Bắc Ninh rule sets. The clock stands at 01/03/2024 09:00.
/// </summary>
internal sealed class AuthorityCli : IAsyncDisposable
{
    public const string Units = """
        code,name,kind,parent,chapter,valid_from,valid_to,successor
        VPTU,Văn phòng Tỉnh ủy,provincial-office,,509,2020-01-01,,
        BTG,Ban Tuyên giáo Tỉnh ủy,party-agency,,509,2020-01-01,,
        """;

    private readonly TestDatabase _db;
    private readonly string _folder;

    private AuthorityCli(TestDatabase db, string folder) => (_db, _folder) = (db, folder);

    public static string ShippedRules => RepoPaths.Db("authority", "bac-ninh-332-2021.csv");

    public static async Task<AuthorityCli> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, bool importRules = true)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pf-cli-auth-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var cli = new AuthorityCli(await TestDatabase.CreateAsync(provider, shippedRuleSets: false), folder);
        await cli.MustSucceedAsync("unit", "import", cli.WriteFile("units.csv", Units));
        if (importRules)
        {
            await cli.MustSucceedAsync("authority", "import", ShippedRules);
        }

        return cli;
    }

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["--db", _db.DbArgument, .. args], stdout, stderr, new FixedClock(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.FromHours(7))));
        return (code, stdout.ToString(), stderr.ToString());
    }

    public async Task<string> MustSucceedAsync(params string[] args)
    {
        var (code, output, error) = await RunAsync(args);
        Assert.True(code == 0, $"partyfinance {string.Join(' ', args)} → {code}: {error}");
        return output;
    }

    public async Task<JsonElement> JsonAsync(params string[] args) =>
        JsonDocument.Parse(await MustSucceedAsync([.. args, "--json"])).RootElement.Clone();

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

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
