namespace PartyFinance.Cli;

/// <summary>A command other than `db init` / `demo seed` names a SQLite file that does not exist. Exit code 1; nothing is created.</summary>
public sealed class DatabaseMissing(string file) : Exception($"Database file '{file}' does not exist.")
{
    public const string Code = "db.not-found";

    public string File { get; } = file;
}
