using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Budgeting;

/// <summary>Codes (estimate files, command line, JSON, database) and Vietnamese names of <see cref="Autonomy"/>.</summary>
public static class AutonomyCodes
{
    public static readonly CodeTable<Autonomy> Table = new(
        (Autonomy.Autonomous, "autonomous", "giao tự chủ"),
        (Autonomy.NonAutonomous, "non-autonomous", "không tự chủ"));

    public const string Autonomous = "autonomous";

    public const string NonAutonomous = "non-autonomous";

    public static IEnumerable<string> Codes => Table.Codes;

    public static string Code(this Autonomy value) => Table.Code(value);

    public static string VietnameseName(this Autonomy value) => Table.Name(value);

    public static bool TryParse(string? code, out Autonomy value) => Table.TryParse(code, out value);
}
