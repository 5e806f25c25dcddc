namespace PartyFinance.Application.Common;

/// <summary>Stable codes of the permission guard's refusals.</summary>
public static class AccessErrors
{
    /// <summary>--by names nobody registered with `user add` (or `db init --admin`).</summary>
    public const string UnknownUser = "access.unknown-user";

    /// <summary>The user holds no grant whose role allows the action for that unit on that date.</summary>
    public const string NotPermitted = "access.not-permitted";

    /// <summary>`db init --admin` when another administrator already exists.</summary>
    public const string AdminExists = "access.admin-exists";
}
