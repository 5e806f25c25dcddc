using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Budgeting;

/// <summary>Codes (command line, JSON) and Vietnamese names of <see cref="ControlMode"/>. Stored by its C# name (a column written before schema 8), so the stored spelling differs from the code.</summary>
public static class ControlModes
{
    public static readonly CodeTable<ControlMode> Table = new(
        (ControlMode.Stop, "stop", "chặn khi vượt dự toán", "Stop"),
        (ControlMode.Warn, "warn", "cảnh báo khi vượt dự toán", "Warn"));

    public static IEnumerable<string> Codes => Table.Codes;

    public static string Code(this ControlMode value) => Table.Code(value);

    public static string VietnameseName(this ControlMode value) => Table.Name(value);

    public static bool TryParse(string? code, out ControlMode value) => Table.TryParse(code, out value);
}
