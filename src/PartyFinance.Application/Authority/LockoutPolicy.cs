namespace PartyFinance.Application.Authority;

/// <summary>How many failed sign-ins in a row lock an account, and for how long (set by the edge's configuration).</summary>
public sealed record LockoutPolicy(int MaxFailedAttempts, TimeSpan LockoutDuration, int MinimumPasswordLength)
{
    public static LockoutPolicy Default { get; } = new(5, TimeSpan.FromMinutes(15), 8);
}
