using System.Globalization;
using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Ledger;

/// <summary>Every refusal the ledger can give, one stable code each, with its Vietnamese message.</summary>
public static class LedgerErrors
{
    public const string NoLines = "ledger.no-lines";
    public const string Unbalanced = "ledger.unbalanced";
    public const string AmountNotPositive = "ledger.amount-not-positive";
    public const string BothSides = "ledger.both-sides";
    public const string NoSide = "ledger.no-side";
    public const string AccountUnknown = "ledger.account-unknown";
    public const string AccountNotValidOnDate = "ledger.account-not-valid-on-date";
    public const string AccountNotLeaf = "ledger.account-not-leaf";
    public const string DimensionRequired = "ledger.dimension-required";
    public const string FundSourceUnknown = "ledger.fund-source-unknown";
    public const string BudgetItemUnknown = "ledger.budget-item-unknown";
    public const string SectorUnknown = "ledger.sector-unknown";
    public const string VoucherTypeUnknown = "ledger.voucher-type-unknown";
    public const string UnitUnknown = "ledger.unit-unknown";

    public const string PeriodOutsideUnitLife = "ledger.period-outside-unit-life";
    public const string BadPeriod = "ledger.bad-period";
    public const string UnitInactive = "ledger.unit-inactive";
    public const string PeriodLocked = "ledger.period-locked";
    public const string KeyMissing = "ledger.key-missing";
    public const string BadKey = "ledger.bad-key";
    public const string KeyReused = "ledger.key-reused";
    public const string InconsistentHeader = "ledger.inconsistent-header";
    public const string DescriptionMissing = "ledger.description-missing";
    public const string AlreadyReversed = "ledger.already-reversed";
    public const string CannotReverseReversal = "ledger.cannot-reverse-reversal";
    public const string ReversalBeforeOriginal = "ledger.reversal-before-original";
    public const string ReasonRequired = "ledger.reason-required";
    public const string VoucherNotFound = "ledger.voucher-not-found";
    public const string PeriodAlreadyLocked = "ledger.period-already-locked";
    public const string PeriodNotLocked = "ledger.period-not-locked";
    public const string OpeningUnbalanced = "ledger.opening-unbalanced";
    public const string OpeningOffBalanceCredit = "ledger.opening-off-balance-credit";
    public const string OpeningAlreadyPosted = "ledger.opening-already-posted";
    public const string AmountTooLarge = "ledger.amount-too-large";
    public const string YearVolumeExceeded = "ledger.year-volume-exceeded";

    public static DomainError Error(string code, string message, string? field = null, int? row = null) => new(code, message, field, row);

    internal static string Amount(long value) => VietnameseFormat.Amount(value);

    internal static string Date(DateOnly d) => VietnameseFormat.Date(d);

    internal static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);
}
