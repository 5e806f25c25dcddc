namespace PartyFinance.Infrastructure.Persistence;

/// <summary>Names of the rows in the counters table. "posting-lock" is the row PostgreSQL sessions lock to serialise posting.</summary>
public static class Counters
{
    public const string PostingLock = "posting-lock";
    public const string Voucher = "voucher";
    public const string Batch = "batch";
    public const string PeriodEvent = "period-event";
    public const string Audit = "audit";

    public static readonly string[] All = [PostingLock, Voucher, Batch, PeriodEvent, Audit];
}
