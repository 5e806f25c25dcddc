using System.Runtime.InteropServices;

namespace PartyFinance.Testing;

/// <summary>
/// The command-line tool as built (`dotnet build -c Release`: JIT-compiled) and as published for this machine's runtime
/// (`dotnet publish src/PartyFinance.Cli -c Release --use-current-runtime --self-contained false`: ReadyToRun, the way the
/// README tells users to get it and the way `bench run` measures it).
/// </summary>
public static class CliBuilds
{
    /// <summary>The publish command, as the README and `.ci/test` spell it.</summary>
    public const string PublishCommand = "dotnet publish src/PartyFinance.Cli -c Release --use-current-runtime --self-contained false";

    public static string Built => Path.Combine(RepoPaths.Root, "src", "PartyFinance.Cli", "bin", "Release", "net10.0", "partyfinance");

    public static string Published => Path.Combine(RepoPaths.Root, "src", "PartyFinance.Cli", "bin", "Release", "net10.0", RuntimeInformation.RuntimeIdentifier, "publish", "partyfinance");
}
