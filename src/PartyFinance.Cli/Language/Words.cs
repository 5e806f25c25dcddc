using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Cli.Language;

/// <summary>
/// Vietnamese names for text output (JSON keeps the stable codes). The names are declared once, in
/// the Domain code tables beside each enum (<see cref="StableCodes"/>); these are shorthands.
/// </summary>
public static class Words
{
    public static string Name(this Role role) => role.VietnameseName();

    public static string Name(this SpendingStatus status) => status.VietnameseName();

    public static string Name(this PlanStatus status) => status.VietnameseName();

    public static string Name(this Schedule schedule) => schedule.VietnameseName();

    public static string Name(this Autonomy autonomy) => autonomy.VietnameseName();

    public static string Name(this DocumentKind kind) => kind.VietnameseName();

    public static string Name(this UnitKind kind) => kind.VietnameseName();

    public static string Name(this RoleScope scope) => scope.IsProvince ? "toàn tỉnh" : scope.UnitCode!;

    /// <summary>The Vietnamese name of a value read back as its stable code (list rows); an unknown code is shown as is.</summary>
    public static string NameOf<T>(string code)
        where T : struct, Enum => StableCodes.Of<T>().TryParse(code, out var value) ? StableCodes.Of<T>().Name(value) : code;

    public static string SpendingStatusName(string code) => NameOf<SpendingStatus>(code);

    public static string PlanStatusName(string code) => NameOf<PlanStatus>(code);

    public static string ScheduleName(string code) => NameOf<Schedule>(code);

    public static string AutonomyName(string code) => NameOf<Autonomy>(code);
}
