using PartyFinance.Web;

// `dotnet run --project src/PartyFinance.Web`: the books of the CLI (same default file and PARTYFINANCE_DB),
// the demo province on first run; the address and the demo users are printed once it listens.
await WebApp.Create(args, TimeProvider.System).RunAsync();

/// <summary>The entry point, named for WebApplicationFactory in the tests.</summary>
public partial class Program;
