using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Assets;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.TaiSan;

/// <summary>
/// /tai-san/the?ma=…: one asset's card (`asset show`) — funding shares, cost, wear and residual now, wear by year, the
/// whole history and its actions — and, for those who may, an action (transfer, recovery, sale, liquidation,
/// destruction, write-off): "Xem thẩm quyền" shows the delegation rule that will decide (the decider, rule set and
/// citation) before anything is asked; "Lập đề nghị" opens the approval chain (`asset transfer|sell|…`). The cards that
/// held the code before and whose purchase was reversed are listed with their key; `&amp;the=KEY` shows one of them, read-only.
/// </summary>
public sealed class TheModel(AssetQueries assets, PreviewAssetAction preview, RequestAssetAction request, UnitDirectory units, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Ma { get; set; }

    /// <summary>The key of an earlier card of the code to show instead of the card holding it (`the`, thẻ).</summary>
    [BindProperty(SupportsGet = true, Name = "the")] public string? CardKey { get; set; }

    [BindProperty] public string? Kind { get; set; }

    [BindProperty] public string? Date { get; set; }

    [BindProperty] public string? To { get; set; }

    [BindProperty] public string? Proceeds { get; set; }

    [BindProperty] public string? Reason { get; set; }

    public AssetCard Card { get; private set; } = null!;

    /// <summary>The card holding the code when <see cref="Card"/> is one of its earlier cards; null otherwise.</summary>
    public AssetCard? Holder { get; private set; }

    /// <summary>The earlier cards of the code the user may see (purchase reversed, oldest first); none when an earlier card is shown.</summary>
    public IReadOnlyList<AssetCard> Earlier { get; private set; } = [];

    public UserReach Reach { get; private set; } = null!;

    public IReadOnlyList<OrganisationUnit> Receivers { get; private set; } = [];

    public AuthorityDecision? Decision { get; private set; }

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public bool MayAct => Holder is null && Card.State.Status == AssetStatus.InUse && Reach.May(Permission.AssetAction, Card.State.Unit);

    public bool MayUpgrade => Holder is null && Card.State.Status == AssetStatus.InUse && Reach.May(Permission.AssetChange, Card.State.Unit);

    /// <summary>The address of one card of the code: the holder's without a key, an earlier card's with it.</summary>
    public static string Link(string code, string? key = null) =>
        "/tai-san/the?ma=" + Uri.EscapeDataString(code) + (key is null ? string.Empty : "&the=" + Uri.EscapeDataString(key));

    public static IEnumerable<AssetAction> Actions => AssetCodes.Actions.Values.Where(a => a != AssetAction.RecordSurplus);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Date = VietnameseFormat.Date(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var (action, date, errors) = Read();
        var decided = errors.Count > 0 ? Result.Failure<AuthorityDecision>(errors) : await preview.RunAsync(action, Card.Asset.Code, date, HttpContext.RequestAborted);
        if (decided.IsFailure)
        {
            return Refused(decided.Errors);
        }

        Decision = decided.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostRequestAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var (action, date, errors) = Read();
        long? proceeds = null;
        if (!string.IsNullOrWhiteSpace(Proceeds))
        {
            if (VietnameseInput.TryAmount(Proceeds, false, out var p, out var problem))
            {
                proceeds = p;
            }
            else
            {
                errors.Add(new DomainError(Application.Common.ImportErrors.BadNumber, problem, "proceeds"));
            }
        }

        var opened = errors.Count > 0 ? Result.Failure<AssetActionOpened>(errors)
            : await request.RunAsync(action, Card.Asset.Code, date, action.MovesToUnit() ? To : null, proceeds, Reason, Current.Login(HttpContext), HttpContext.RequestAborted);
        if (opened.IsFailure)
        {
            return Refused(opened.Errors);
        }

        var o = opened.Value;
        var d = o.Approval.Decision;
        TempData["Done"] = $"Đã lập đề nghị số {o.Action.Id}: {action.VietnameseName().ToLower(VietnameseFormat.Culture)} tài sản {o.Action.AssetCode} (nguyên giá {VietnameseFormat.Amount(o.State.OriginalCost)}) ngày {VietnameseFormat.Date(o.Action.Date)}"
            + (o.Action.ToUnit is { } to ? $" sang {to}" : string.Empty) + $". Thẩm quyền quyết định: {d.Decider.VietnameseName()} theo {d.RuleSetName}: {d.Citation}. Chứng từ chỉ được ghi sổ khi cấp cuối cùng duyệt.";
        return Redirect("/tai-san/the?ma=" + Uri.EscapeDataString(Card.Asset.Code));
    }

    private IActionResult Refused(IReadOnlyList<DomainError> errors)
    {
        Errors = errors;
        Response.StatusCode = Application.Common.Refusals.HttpStatus(Application.Common.Refusals.KindOf(errors));
        return Page();
    }

    private (AssetAction Action, DateOnly Date, List<DomainError> Errors) Read()
    {
        var errors = new List<DomainError>();
        if (!AssetCodes.TryParse(Kind, out AssetAction action) || action == AssetAction.RecordSurplus)
        {
            errors.Add(new DomainError(Application.Common.ImportErrors.BadValue, "Chọn việc cần làm với tài sản.", "action"));
        }

        if (!VietnameseInput.TryDate(Date, out var date))
        {
            errors.Add(new DomainError(Application.Common.ImportErrors.BadDate, $"Ngày '{Date}' không hợp lệ ({VietnameseInput.DateForms}).", "date"));
        }

        return (action, date, errors);
    }

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Reach = (await Current.ReachAsync(HttpContext))!;
        var card = string.IsNullOrWhiteSpace(Ma) ? null : await assets.ShowAsync(Ma, ct);
        if (card is null || !Reach.Sees(card.State.Unit))
        {
            return false;
        }

        Card = card;
        Earlier = card.Earlier.Where(e => Reach.Sees(e.State.Unit)).ToList();
        if (!string.IsNullOrWhiteSpace(CardKey) && !string.Equals(CardKey, card.Asset.Key, StringComparison.Ordinal))
        {
            var earlier = Earlier.FirstOrDefault(e => string.Equals(e.Asset.Key, CardKey, StringComparison.Ordinal));
            if (earlier is null)
            {
                return false;
            }

            (Holder, Card, Earlier) = (card, earlier, []);
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Receivers = (await units.ListAsync(ct)).Where(u => u.IsActiveOn(today) && u.Code != card.State.Unit).ToList();
        return true;
    }
}
