namespace PartyFinance.Application.Authority;

/// <summary>Stable codes of sign-in and password refusals.</summary>
public static class SignInErrors
{
    /// <summary>Unknown login, no password set, or a wrong password: one message for all three, so a login cannot be probed.</summary>
    public const string BadCredentials = "signin.bad-credentials";

    /// <summary>Too many failed attempts: the account is locked until the time given.</summary>
    public const string LockedOut = "signin.locked-out";

    /// <summary>A new password too short or empty.</summary>
    public const string WeakPassword = "signin.weak-password";
}
