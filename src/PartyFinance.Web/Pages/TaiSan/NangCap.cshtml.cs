using Microsoft.AspNetCore.Mvc;
using PartyFinance.Application.Assets;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Web.Pages.Shared;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.TaiSan;

/// <summary>
/// /tai-san/nang-cap?ma=…: `asset upgrade` — an increase of an asset's original cost by an upgrade (amount, funding share, date,
/// the record it rests on); the use case posts the voucher and recalculates the remaining life. No approval chain applies.
/// </summary>
public sealed class NangCapModel(AssetQueries assets, UpgradeAsset upgrade, TimeProvider clock) : EntryFormModel(clock)
{
    [BindProperty(SupportsGet = true)] public string? Ma { get; set; }

    [BindProperty] public string? Amount { get; set; }

    [BindProperty] public string? Share { get; set; }

    public AssetCard Card { get; private set; } = null!;

    public bool MayChange { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        OfferToday();
        Share = FundingShare.State.ToCode();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var errors = new List<DomainError>();
        var date = ReadDate(errors, required: true);
        var amount = ReadAmount(Amount, "amount", errors);
        var share = FundingShare.State;
        if (!string.IsNullOrWhiteSpace(Share) && !FundingShares.TryParse(Share.Trim(), out share))
        {
            errors.Add(new DomainError(Application.Common.ImportErrors.BadValue, $"Phần vốn '{Share}' phải là một trong: state, party, other.", "share"));
        }

        var done = errors.Count > 0 ? Result.Failure<AssetUpgraded>(errors)
            : await upgrade.RunAsync(Card.Asset.Code, date, amount, share, Reason, Current.Login(HttpContext), HttpContext.RequestAborted);
        if (done.IsFailure)
        {
            return Refused(done.Errors);
        }

        var s = done.Value.State;
        TempData["Done"] = $"Đã ghi tăng nguyên giá tài sản {done.Value.Asset.Code}: {VietnameseFormat.Amount(s.OriginalCost)}"
            + (s.LifeYears is { } life ? $"; thời gian sử dụng tính lại {life} năm" : string.Empty) + $" — chứng từ {done.Value.Voucher}.";
        return Redirect("/tai-san/the?ma=" + Uri.EscapeDataString(done.Value.Asset.Code));
    }

    private async Task<bool> LoadAsync()
    {
        var reach = (await Current.ReachAsync(HttpContext))!;
        var card = string.IsNullOrWhiteSpace(Ma) ? null : await assets.ShowAsync(Ma, HttpContext.RequestAborted);
        if (card is null || !reach.Sees(card.State.Unit))
        {
            return false;
        }

        Card = card;
        MayChange = card.State.Status == AssetStatus.InUse && reach.May(Permission.AssetChange, card.State.Unit);
        return true;
    }
}
