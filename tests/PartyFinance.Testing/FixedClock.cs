namespace PartyFinance.Testing;

/// <summary>The tests' clock: stands still at a set instant (default 15/03/2026 09:00) in Vietnam time (UTC+7), whatever the machine's zone.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public FixedClock()
        : this(new DateTimeOffset(2026, 3, 15, 9, 0, 0, TimeSpan.FromHours(7)))
    {
    }

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone { get; } = TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");
}
