using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Assets;

/// <summary>Stable codes of the tools register's refusals.</summary>
public static class ToolErrors
{
    public const string NotFound = "tools.not-found";
    public const string BadField = "tools.bad-field";
    public const string NotInStore = "tools.not-in-store";
    public const string FixedAsset = "tools.fixed-asset";
    public const string OtherLine = "tools.other-line";
    public const string OutOfOrder = "tools.out-of-order";
    public const string Stale = "tools.stale";
    public const string OpeningMismatch = "tools.opening-mismatch";
    public const string DuplicateCode = "tools.duplicate-code";
    public const string ThroughSpending = "tools.through-spending";
    public const string Touched = "tools.touched-after-receipt";

    public static DomainError Error(string code, string message, string? field = null, int? row = null) => new(code, message, field, row);
}
