namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// Kinh phí giao tự chủ (recurring, carried forward at year end — Luật 89/2025 Art. 66.3.e) or
/// không giao tự chủ (one-off). Written "autonomous" / "non-autonomous" in files and on the CLI.
/// </summary>
public enum Autonomy
{
    Autonomous,
    NonAutonomous,
}
