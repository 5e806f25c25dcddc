namespace PartyFinance.Domain.Budgeting;

/// <summary>The file/CLI spelling of <see cref="Autonomy"/>.</summary>
public static class AutonomyCodes
{
    public const string Autonomous = "autonomous";
    public const string NonAutonomous = "non-autonomous";

    public static string Code(this Autonomy a) => a switch
    {
        Autonomy.Autonomous => Autonomous,
        Autonomy.NonAutonomous => NonAutonomous,
    };

    public static bool TryParse(string? text, out Autonomy autonomy)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case Autonomous:
                autonomy = Autonomy.Autonomous;
                return true;
            case NonAutonomous:
                autonomy = Autonomy.NonAutonomous;
                return true;
            default:
                autonomy = default;
                return false;
        }
    }
}
