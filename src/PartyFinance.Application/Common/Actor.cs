namespace PartyFinance.Application.Common;

/// <summary>Who acts in this operation (the CLI's --by, the web's signed-in user): recorded on every change and checked by the permission guard.</summary>
public sealed record Actor(string Login);
