namespace PartyFinance.Infrastructure.Persistence;

/// <summary>Names of the rows in the counters table. "posting-lock" is the row PostgreSQL sessions lock to serialise posting.</summary>
public static class Counters
{
    public const string PostingLock = "posting-lock";
    public const string Voucher = "voucher";
    public const string Batch = "batch";
    public const string PeriodEvent = "period-event";
    public const string Audit = "audit";

    public const string VolumePrefix = "volume:";

    public static readonly string[] All = [PostingLock, Voucher, Batch, PeriodEvent, Audit];

    /// <summary>
    /// The row holding a year's volume (see <see cref="Domain.Common.Money.MaxYearVolume"/>): both sides of the year's
    /// posted lines and opening balances, kept by the posting session under the posting lock, written the first time
    /// the year is posted to (from the balance tables, so a database of an earlier release starts right).
    /// </summary>
    public static string Volume(int year) => VolumePrefix + year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
