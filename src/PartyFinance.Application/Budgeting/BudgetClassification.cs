using System.Globalization;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;

namespace PartyFinance.Application.Budgeting;

/// <summary>The codes of a budget line key that the budget classification (Mục lục NSNN) or the fund source list does not hold.</summary>
public enum UnclassifiedPart
{
    None,
    FundSource,
    Sector,
    BudgetItem,
}

/// <summary>
/// Checks a request's or plan's line key against the classification in force in its budget year before anything is
/// saved: the ledger would refuse the payment voucher later, after the request had taken an id and been approved.
/// </summary>
public static class BudgetClassification
{
    /// <summary>The date the classification is read on: today when it falls in the budget year, else the year's nearer end.</summary>
    public static DateOnly DateIn(int year, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        return today < first ? first : today > last ? last : today;
    }

    /// <summary>Run after the request or plan itself was validated, so its year is one the calendar holds.</summary>
    public static async Task<DomainError?> CheckAsync(IBudgetStore store, BudgetLineKey key, DateTimeOffset now, CancellationToken ct)
    {
        var on = DateIn(key.Year, now);
        var year = key.Year.ToString(CultureInfo.InvariantCulture);
        return await store.UnclassifiedAsync(key, on, ct) switch
        {
            UnclassifiedPart.None => null,
            UnclassifiedPart.FundSource => new DomainError(LedgerErrors.FundSourceUnknown,
                $"Nguồn kinh phí '{key.FundSource}' không có trong danh mục năm {year}.", "fund_source"),
            UnclassifiedPart.Sector => new DomainError(LedgerErrors.SectorUnknown,
                $"Loại-khoản '{key.Sector}' không có trong mục lục ngân sách năm {year} (dạng 340-351).", "sector"),
            UnclassifiedPart.BudgetItem => new DomainError(LedgerErrors.BudgetItemUnknown,
                $"Mục/tiểu mục '{key.BudgetItem}' không có trong mục lục ngân sách năm {year}.", "budget_item"),
            _ => throw new ArgumentOutOfRangeException(nameof(key)),
        };
    }
}
