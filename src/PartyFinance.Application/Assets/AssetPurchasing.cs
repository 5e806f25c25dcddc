using System.Globalization;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Assets;

/// <summary>What `spend request` was given about the asset it buys (any of it may be missing).</summary>
public sealed record AssetPurchaseInput(string? ClassCode, string? Name, string? Code, string? Location, string? Custodian, int? Quantity = null, string? Measure = null,
    int? LifeMonths = null)
{
    public bool IsEmpty => ClassCode is null && Name is null && Code is null && Location is null && Custodian is null && Quantity is null && Measure is null && LifeMonths is null;
}

/// <summary>The asset or tool a request buys (null: none — not a purchase item, or an optional item without asset details) and what to tell the user.</summary>
public sealed record PurchaseCheck(AssetPurchase? Asset, string? Notice);

/// <summary>
/// Seam to the asset register inside the budget's unit of work: a paid request's card is written in the
/// same transaction as its payment voucher, so a refused or rolled-back payment leaves no card.
/// </summary>
public interface IPurchasedAssets
{
    /// <summary>The asset classes as stored, read in the open unit of work.</summary>
    Task<IReadOnlyList<FixedAssetClass>> ClassesAsync(CancellationToken ct);

    Task<bool> ExistsAsync(string code, CancellationToken ct);

    /// <summary>Writes a new card with its first history entry in the open budget unit of work; an existing code is refused.</summary>
    Task<Result> OpenAsync(FixedAsset card, CancellationToken ct);

    /// <summary>The card with <paramref name="code"/> and whether any action was ever asked on it, read in the open unit of work.</summary>
    Task<(FixedAsset? Card, bool ActionsAsked)> FindCardAsync(string code, CancellationToken ct);

    /// <summary>Writes the new history entries of a stored card in the open unit of work; a card changed meanwhile is refused.</summary>
    Task<Result> SaveCardAsync(FixedAsset card, CancellationToken ct);

    /// <summary>The tool of the tools register with <paramref name="code"/>, read in the open unit of work.</summary>
    Task<Tool?> FindToolAsync(string code, CancellationToken ct);

    /// <summary>Writes a new tool or its new history entries in the open budget unit of work.</summary>
    Task<Result> SaveToolAsync(Tool tool, CancellationToken ct);
}

/// <summary>
/// A spending request on an asset purchase item (db/assets/purchase-items.csv) buys a fixed asset:
/// at `spend request` the asset's details are required and checked (class in force, fixed-asset
/// threshold of the wear regime, funding share of the fund source); at `spend pay` the payment books
/// the asset (Nợ 211x/213x / Có 36611, events asset-purchase-*) and opens the card, origin purchase,
/// in service on the payment date, funded by the share of the line's fund source (db/assets/funding-shares.csv).
/// Below the threshold (one item's cost, the amount ÷ --quantity; and not a group that is always a fixed asset) it is a
/// tool (công cụ, dụng cụ): the payment posts tool-purchase-* (Nợ 153 / Có 36612, Có 008 on the item) and receives the
/// tool into the tools register (<see cref="ToolRegister"/>) instead of opening a card.
/// </summary>
public sealed class AssetPurchasing(AssetReference reference, IAssetStore assets, IPurchasedAssets cards, IToolStore tools)
{
    public async Task<Result<PurchaseCheck>> CheckRequestAsync(BudgetLineKey key, long amount, long requestId, AssetPurchaseInput? input, CancellationToken ct)
    {
        var given = input is { IsEmpty: false } ? input : null;
        var rule = PurchaseItemRule.Find(reference.PurchaseItems, key.BudgetItem, key.Year);
        if (rule is null)
        {
            return given is null
                ? Result.Success(new PurchaseCheck(null, null))
                : SpendingErrors.Error(SpendingErrors.NotAPurchaseItem,
                    $"Mục {key.BudgetItem} năm {Y(key.Year)} không phải mục mua sắm tài sản (db/assets/purchase-items.csv): bỏ các tùy chọn --asset-… hoặc chọn đúng mục (6950, 7050 …).",
                    "budget-item");
        }

        if (rule.Details == AssetDetails.Optional && given?.ClassCode is null && given?.Name is null)
        {
            return Result.Success(new PurchaseCheck(null,
                $"Mục {key.BudgetItem} ({rule.Name}) ghi chi phí; nếu là mua tài sản cố định, lập đề nghị với --asset-class và --asset-name để ghi tăng tài sản."));
        }

        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(given?.ClassCode))
        {
            errors.Add(SpendingErrors.Error(SpendingErrors.AssetDetailsMissing,
                $"Mục {key.BudgetItem} thuộc {rule.Name} (db/assets/purchase-items.csv): khi chi sẽ ghi tăng tài sản cố định, ghi loại tài sản --asset-class (xem: partyfinance asset class list --year {Y(key.Year)}).", "asset-class"));
        }

        if (string.IsNullOrWhiteSpace(given?.Name))
        {
            errors.Add(SpendingErrors.Error(SpendingErrors.AssetDetailsMissing, $"Mục {key.BudgetItem} là mục mua sắm tài sản: ghi tên tài sản --asset-name.", "asset-name"));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<PurchaseCheck>(errors);
        }

        var catalogue = reference.With(await assets.ClassesAsync(ct));
        var on = new DateOnly(key.Year, 1, 1);
        var terms = Terms(catalogue, given!.ClassCode!.Trim(), key.FundSource, key.Year, on);
        if (terms.IsFailure)
        {
            return Result.Failure<PurchaseCheck>(terms.Errors);
        }

        var (cls, group, regime, _) = terms.Value;
        if (group.ConventionalCost && amount != regime.SpecialAssetValue)
        {
            return AssetErrors.Error(AssetErrors.SpecialAssetValue,
                $"Loại {cls.Code} là tài sản đặc thù: ghi nguyên giá theo giá quy ước {VietnameseFormat.Amount(regime.SpecialAssetValue)} ({ImportAssets.SpecialSource(regime)}); " +
                $"đề nghị chi {VietnameseFormat.Amount(amount)} không ghi tăng được loại này — chọn loại tài sản khác hoặc lập đề nghị đúng giá quy ước.", "amount");
        }

        var quantity = given.Quantity ?? 1;
        if (quantity <= 0)
        {
            return AssetErrors.Error(AssetErrors.BadField, "Số lượng --quantity phải là số nguyên dương.", "quantity");
        }

        if (given.LifeMonths is <= 0)
        {
            return AssetErrors.Error(AssetErrors.BadField, "Thời gian sử dụng --life-months phải là số tháng dương.", "life-months");
        }

        var unitCost = ToolRecognition.UnitCost(amount, quantity);
        if (ToolRecognition.IsTool(unitCost, regime, group, given.LifeMonths))
        {
            return await ToolCheckAsync(key, amount, requestId, given, quantity, unitCost, regime, ct);
        }

        if (quantity != 1)
        {
            return AssetErrors.Error(AssetErrors.OneCardPerRequest,
                $"Đơn giá {VietnameseFormat.Amount(unitCost)} từ ngưỡng tài sản cố định trở lên: mỗi đề nghị chi mua một tài sản cố định (một thẻ); bỏ --quantity hoặc lập từng đề nghị.", "quantity");
        }

        var code = string.IsNullOrWhiteSpace(given.Code) ? $"TS-{key.Unit}-{Y(requestId)}" : given.Code.Trim();
        if (await assets.FindAsync(code, ct) is { IsReversed: false })
        {
            return AssetErrors.Error(AssetErrors.DuplicateCode, $"Mã tài sản '{code}' đã có trong sổ tài sản: ghi mã khác (--asset-code).", "asset-code");
        }

        return Result.Success(new PurchaseCheck(new AssetPurchase(code, given.Name!.Trim(), cls.Code, Trimmed(given.Location), Trimmed(given.Custodian)),
            $"Khi thanh toán sẽ ghi tăng tài sản cố định {code} ({cls.Name}, TK {group.AssetAccount}) và lập thẻ tài sản."));
    }

    /// <summary>The payment voucher of a request that buys an asset, with the accounts of its class's group on <paramref name="date"/>.</summary>
    public async Task<Result<VoucherDraft>> PaymentAsync(SpendingRequest request, PaymentMethod method, bool fundedByPaymentOrder, DateOnly date, PostingRuleBook book,
        CancellationToken ct)
    {
        var asset = request.Asset ?? throw new InvalidOperationException($"Request {request.Id} buys no asset.");
        if (asset.IsTool)
        {
            return PaymentPosting.ForToolPurchase(request, method, fundedByPaymentOrder, date, book);
        }

        var terms = Terms(reference.With(await cards.ClassesAsync(ct)), asset.ClassCode, request.Key.FundSource, date.Year, date);
        return terms.IsFailure
            ? Result.Failure<VoucherDraft>(terms.Errors)
            : PaymentPosting.ForAssetPurchase(request, method, fundedByPaymentOrder, date, book, terms.Value.Group.Accounts());
    }

    /// <summary>Opens the card of the asset a paid request bought, in the payment's unit of work, its first entry naming the voucher.</summary>
    public async Task<Result> OpenCardAsync(SpendingRequest request, DateOnly date, string voucher, string by, DateTimeOffset at, CancellationToken ct)
    {
        var asset = request.Asset ?? throw new InvalidOperationException($"Request {request.Id} buys no asset.");
        if (asset.Tool is { } bought)
        {
            return await ReceiveToolAsync(request, asset, bought, date, voucher, by, at, ct);
        }

        var terms = Terms(reference.With(await cards.ClassesAsync(ct)), asset.ClassCode, request.Key.FundSource, date.Year, date);
        if (terms.IsFailure)
        {
            return Result.Failure(terms.Errors);
        }

        if (await cards.ExistsAsync(asset.Code, ct))
        {
            return Result.Failure(AssetErrors.Error(AssetErrors.DuplicateCode,
                $"Mã tài sản '{asset.Code}' của đề nghị chi số {Y(request.Id)} đã có trong sổ tài sản; không có gì được ghi.", "asset-code"));
        }

        var k = request.Key;
        var funding = default(AssetFunding).Add(terms.Value.Share, request.Amount);
        var card = FixedAsset.Open(asset.Code, asset.Name, terms.Value.Class.Code, date, AssetOrigin.Purchase, asset.Location, asset.Custodian, k.Autonomy, k.Sector,
            k.BudgetItem, new AssetEvent(1, AssetEventKind.Purchase, date, null, k.Unit, null, funding, 0, null, null, voucher,
                $"Mua sắm theo đề nghị chi số {Y(request.Id)}: {request.Purpose}", null, by, at));
        return await cards.OpenAsync(card, ct);
    }

    /// <summary>The class in force, its group, the wear regime and the funding share of <paramref name="fundSource"/>, or why the asset cannot be booked.</summary>
    private static Result<(FixedAssetClass Class, AssetGroup Group, WearRegime Regime, FundingShare Share)> Terms(AssetCatalogue catalogue, string classCode,
        string fundSource, int year, DateOnly on)
    {
        var cls = catalogue.Class(classCode, year);
        if (cls is null)
        {
            return new DomainError(AssetErrors.ClassUnknown,
                $"Loại tài sản '{classCode}' không có hiệu lực năm {Y(year)} (xem: partyfinance asset class list --year {Y(year)}).", "asset-class");
        }

        var group = catalogue.Group(cls.Group, on);
        if (group is null)
        {
            return new DomainError(AssetErrors.GroupUnknown, $"Nhóm '{cls.Group}' của loại '{cls.Code}' không có hiệu lực ngày {VietnameseFormat.Date(on)} (db/assets/asset-groups.csv).", "asset-class");
        }

        var regime = catalogue.Regime(year);
        if (regime is null)
        {
            return new DomainError(AssetErrors.RegimeMissing, $"Chưa có chế độ hao mòn cho năm {Y(year)} trong db/assets/wear-regimes.csv.", "asset-class");
        }

        var share = catalogue.Shares.Where(s => s.FundSource == fundSource && s.IsValidOn(on)).MaxBy(s => s.ValidFrom);
        if (share is null)
        {
            return new DomainError(AssetErrors.BadField,
                $"Nguồn {fundSource} chưa ứng với phần vốn nào của tài sản (db/assets/funding-shares.csv) ngày {VietnameseFormat.Date(on)}: không lập được thẻ tài sản.", "fund-source");
        }

        return Result.Success((cls, group, regime, share.Share));
    }

    /// <summary>
    /// The payment voucher <paramref name="voucher"/> of a request that bought an asset or a tool was reversed
    /// (<paramref name="reversal"/>) in this unit of work: the card gets a "purchase reversed" entry and leaves
    /// the register, or the tool's receipt is taken back — refused when anything else touched them since.
    /// </summary>
    public async Task<Result> ReversePurchaseAsync(SpendingRequest request, string voucher, string reversal, DateOnly date, string reason, string by, DateTimeOffset at,
        CancellationToken ct)
    {
        var asset = request.Asset ?? throw new InvalidOperationException($"Request {request.Id} buys no asset.");
        var why = $"Đảo chứng từ mua {voucher} của đề nghị chi số {Y(request.Id)}: {reason}";
        if (asset.IsTool)
        {
            var tool = await cards.FindToolAsync(asset.Code, ct);
            if (tool is null)
            {
                return Result.Failure(ToolErrors.Error(ToolErrors.NotFound, $"Không có công cụ, dụng cụ mã '{asset.Code}' của đề nghị chi số {Y(request.Id)}.", "number"));
            }

            var taken = tool.ReverseReceipt(voucher, date, reversal, why, by, at);
            return taken.IsFailure ? taken : await cards.SaveToolAsync(tool, ct);
        }

        var (card, asked) = await cards.FindCardAsync(asset.Code, ct);
        if (card is null)
        {
            return Result.Failure(AssetErrors.Error(AssetErrors.NotFound, $"Không có thẻ tài sản mã '{asset.Code}' của đề nghị chi số {Y(request.Id)}.", "number"));
        }

        var reversed = card.ReversePurchase(date, reversal, why, asked, by, at);
        return reversed.IsFailure ? reversed : await cards.SaveCardAsync(card, ct);
    }

    /// <summary>A tool below the threshold: the request will receive it into the tools register (a new tool, or more of one of the same unit and line).</summary>
    private async Task<Result<PurchaseCheck>> ToolCheckAsync(BudgetLineKey key, long amount, long requestId, AssetPurchaseInput given, int quantity, long unitCost,
        WearRegime regime, CancellationToken ct)
    {
        var code = string.IsNullOrWhiteSpace(given.Code) ? $"CC-{key.Unit}-{Y(requestId)}" : given.Code.Trim();
        var measure = Trimmed(given.Measure) ?? "cái";
        var line = ToolLineOf(key);
        if (await tools.FindAsync(code, ct) is { } existing && (existing.Unit != key.Unit || existing.Line != line))
        {
            return ToolErrors.Error(ToolErrors.OtherLine,
                $"Công cụ, dụng cụ {code} thuộc {existing.Unit}, dòng {existing.Line}; không nhập thêm từ dòng {line} được: ghi mã khác (--asset-code).", "asset-code");
        }

        return Result.Success(new PurchaseCheck(new AssetPurchase(code, given.Name!.Trim(), given.ClassCode!.Trim(), Trimmed(given.Location), Trimmed(given.Custodian),
                new ToolPurchase(quantity, measure)),
            $"Đơn giá {VietnameseFormat.Amount(unitCost)} ({Y(quantity)} {measure}, {VietnameseFormat.Amount(amount)}), {ToolRecognition.Why(unitCost, regime, given.LifeMonths)} " +
            $"({regime.Source.Split(',')[0]}): đây là công cụ, dụng cụ — khi thanh toán sẽ nhập kho {code} (Nợ 153 / Có 36612), không lập thẻ tài sản; xuất dùng bằng: partyfinance tool issue {code}."));
    }

    /// <summary>Receives the tool a paid request bought into the tools register, in the payment's unit of work, its entry naming the voucher.</summary>
    private async Task<Result> ReceiveToolAsync(SpendingRequest request, AssetPurchase asset, ToolPurchase bought, DateOnly date, string voucher, string by, DateTimeOffset at,
        CancellationToken ct)
    {
        var reason = $"Mua theo đề nghị chi số {Y(request.Id)}: {request.Purpose}";
        var line = ToolLineOf(request.Key);
        var tool = await cards.FindToolAsync(asset.Code, ct);
        if (tool is null)
        {
            var opened = Tool.Open(asset.Code, asset.Name, request.Key.Unit, bought.Measure, line, asset.Location, ToolEventKind.Receipt, date, bought.Quantity, request.Amount,
                asset.Custodian, reason, by, at);
            if (opened.IsFailure)
            {
                return Result.Failure(opened.Errors);
            }

            tool = opened.Value;
        }
        else
        {
            var received = tool.Receive(date, request.Key.Unit, line, bought.Quantity, request.Amount, asset.Custodian, reason, by, at);
            if (received.IsFailure)
            {
                return received;
            }
        }

        tool.NameVoucher(voucher);
        return await cards.SaveToolAsync(tool, ct);
    }

    private static ToolLine ToolLineOf(BudgetLineKey k) => new(k.FundSource, k.Autonomy, k.Sector, k.BudgetItem);

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Y(long n) => n.ToString(CultureInfo.InvariantCulture);
}
