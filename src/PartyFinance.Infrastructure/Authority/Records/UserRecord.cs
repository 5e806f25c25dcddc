namespace PartyFinance.Infrastructure.Authority.Records;

/// <summary>Row of users: a person who signs in by login.</summary>
public sealed class UserRecord
{
    public string Login { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}
