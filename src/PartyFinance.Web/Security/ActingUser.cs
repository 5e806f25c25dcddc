namespace PartyFinance.Web.Security;

/// <summary>
/// Who acts in a scope the web opens itself (a year-end close running after its request ended): set before anything
/// of the scope is resolved, it is that scope's <see cref="Application.Common.Actor"/> instead of the request's user.
/// </summary>
public sealed class ActingUser
{
    public string? Login { get; set; }
}
