using System.Globalization;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Posting;

/// <summary>Resolves an account role for a fund source, autonomy, estimate year, budget item and date (db/posting/account-roles.csv).</summary>
public sealed class AccountRoleMap(IReadOnlyList<AccountRole> roles)
{
    public const string Unmapped = "posting.account-unmapped";

    public IReadOnlyList<AccountRole> Roles { get; } = roles;

    /// <summary>The matching row (its account may be "-": the fund source posts no such line), or a refusal naming what is missing.</summary>
    public Result<AccountRole> Resolve(string role, string fundSource, Autonomy autonomy, EstimateYear year, string? budgetItem, DateOnly date)
    {
        int? item = int.TryParse(budgetItem, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;
        return Roles.FirstOrDefault(r => r.Matches(role, fundSource, autonomy, year, item, date)) is { } found
            ? Result.Success(found)
            : new DomainError(Unmapped,
                $"Chưa có tài khoản cho vai trò '{role}' (nguồn {fundSource}, {autonomy.Code()}, mục '{budgetItem}') ngày {VietnameseFormat.Date(date)} trong db/posting/account-roles.csv.",
                role == "expense" ? "budget_item" : "fund_source");
    }

    /// <summary>
    /// The estimate role an account plays for a fund source (reverse lookup, used to attribute a
    /// ledger line to its budget line). Where one account serves both stages (014, 018) it counts as actual.
    /// </summary>
    public (Autonomy? Autonomy, EstimateYear? Year, bool IsAdvance)? EstimateRoleOf(string account, string fundSource, DateOnly date)
    {
        // Rows are looked up per posting line (imports, status): remembered per account, fund source and month.
        var cacheKey = (account, fundSource, date);
        lock (_roles)
        {
            if (_roles.TryGetValue(cacheKey, out var known))
            {
                return known;
            }
        }

        var found = FindEstimateRole(account, fundSource, date);
        lock (_roles)
        {
            _roles[cacheKey] = found;
        }

        return found;
    }

    private readonly Dictionary<(string, string, DateOnly), (Autonomy?, EstimateYear?, bool)?> _roles = [];

    private (Autonomy? Autonomy, EstimateYear? Year, bool IsAdvance)? FindEstimateRole(string account, string fundSource, DateOnly date)
    {
        AccountRole? advance = null, actual = null;
        foreach (var r in Roles)
        {
            if (r.Account != account || (r.FundSource is not null && r.FundSource != fundSource) || r.ValidFrom > date || (r.ValidTo is { } to && date > to))
            {
                continue;
            }

            if (r.Role == EstimateActual)
            {
                actual ??= r;
            }
            else if (r.Role == EstimateAdvance)
            {
                advance ??= r;
            }
        }

        return (actual ?? advance) is { } hit ? (hit.Autonomy, hit.Year, actual is null) : null;
    }

    /// <summary>
    /// Whether the fund source's estimate accounts tell năm nay from năm trước (008, 004 do; 014, 018 do not).
    /// Where they do not, a carried estimate stays on the same account and belongs to the next year's own line.
    /// </summary>
    public bool SplitsYears(string fundSource, Autonomy autonomy, string budgetItem, DateOnly date) =>
        Resolve(EstimateActual, fundSource, autonomy, EstimateYear.Current, budgetItem, date) is not { IsSuccess: true, Value.Year: null };

    public const string EstimateActual = "estimate-actual";
    public const string EstimateAdvance = "estimate-advance";
}
