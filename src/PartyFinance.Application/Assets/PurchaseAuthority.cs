using System.Globalization;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Application.Assets;

/// <summary>
/// Who may buy a fixed asset (Decision 332-QĐ/TU Art. 2: the purchase rules by asset class and value):
/// the delegation rules are asked about action purchase, the class's authority class (premises and land,
/// cars, other), the unit's kind, the funding of the line's fund source (db/assets/funding-shares.csv)
/// and the asset's cost, per asset. A spending request that buys a card is decided by the stricter of
/// this and the spending rule (<see cref="Budgeting.SpendingAuthority"/>).
/// </summary>
public sealed class PurchaseAuthority(AssetReference reference, IAssetStore assets)
{
    public async Task<Result<AuthorityQuestion>> QuestionAsync(BudgetLineKey line, string classCode, long cost, UnitKind? unitKind, DateOnly date, CancellationToken ct)
    {
        var catalogue = reference.With(await assets.ClassesAsync(ct));
        var cls = catalogue.Class(classCode.Trim(), date.Year);
        var group = cls is null ? null : catalogue.Group(cls.Group, date);
        if (cls is null || group is null)
        {
            return new DomainError(AssetErrors.ClassUnknown, $"Loại tài sản '{classCode}' không có hiệu lực năm {date.Year.ToString(CultureInfo.InvariantCulture)}.", "asset-class");
        }

        var share = catalogue.Shares.Where(s => s.FundSource == line.FundSource && s.IsValidOn(date)).MaxBy(s => s.ValidFrom);
        return share is null
            ? new DomainError(AssetErrors.BadField, $"Nguồn {line.FundSource} chưa ứng với phần vốn nào của tài sản (db/assets/funding-shares.csv).", "fund-source")
            : Result.Success(new AuthorityQuestion(AuthorityAction.Purchase, group.AuthorityClass, unitKind, share.AuthorityFunding, ValueBasis.PerAsset, SpendingKind.Any,
                cost, date));
    }
}
