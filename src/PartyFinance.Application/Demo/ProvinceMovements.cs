using System.Globalization;
using PartyFinance.Application.Assets;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Demo;

/// <summary>
/// The register's movements in a generated year, each through the product's own use cases and the approval chain the
/// stored rules open, every step signed by the user holding the decider's role: purchases on the estimate's asset items
/// (`spend request` with the asset, `spend submit`, `spend approve` up to the decider, `spend pay` by budget withdrawal —
/// Nợ 211x / Có 36611, Có 008, and the card), transfers to another unit and liquidations or sales with proceeds
/// (`asset transfer|liquidate|sell`, `approval approve` up to the decider — the handover or disposal vouchers). About 1 %
/// of the register is bought, 0.5 % transferred and 0.5 % disposed of in the year, dated at a month's end (after that
/// month's other vouchers, so each unit's numbers run with its dates). Decided from the seed before anything is posted.
/// </summary>
public sealed class ProvinceMovements(CreateSpendingRequest create, SubmitRequest submit, ApproveRequest approve, PayRequest pay, RequestAssetAction act,
    ApproveStep sign, IAssetStore assets)
{
    // Classes bought in the year with the Tiểu mục that buys them (Mục 6950, db/assets/purchase-items.csv), and their price range.
    private static readonly (string Class, string Name, string Item, long MinCost, long MaxCost)[] Purchases =
        [("MAY-TINH", "Máy vi tính", "6956", 12_000_000, 60_000_000), ("DIEU-HOA", "Máy điều hòa", "6955", 15_000_000, 80_000_000)];

    /// <summary>What the year's movements did (those found already done on the register are not counted).</summary>
    internal sealed record Done(int Purchased, int Transferred, int Disposed);

    /// <summary>The year's movements in date order: purchases, transfers (from the opening register's <paramref name="unitOf"/> to another unit) and disposals.</summary>
    internal static List<Movement> Plan(int seed, int year, int assets, IReadOnlyList<string> units, Func<int, string> assetCode)
    {
        var random = new Random(unchecked(seed * 104_729 + 31));
        var moves = new List<Movement>();
        var (purchases, transfers, disposals) = Counts(assets, units.Count);
        for (var i = 0; i < purchases; i++)
        {
            var (cls, name, item, min, max) = Purchases[random.Next(Purchases.Length)];
            var unit = units[random.Next(units.Count)];
            moves.Add(new Movement(MovementKind.Purchase, i + 1, unit, MonthEnd(random, year), string.Create(CultureInfo.InvariantCulture, $"TM{year}-{i + 1:00000}"),
                cls, item, random.NextInt64(min / 1000, max / 1000 + 1) * 1000, null, $"{name} mua mới {i + 1}", ProvinceNames.Person(random)));
        }

        var used = new HashSet<int>();
        for (var i = 0; i < transfers + disposals; i++)
        {
            int asset;
            do
            {
                asset = random.Next(assets);
            }
            while (!used.Add(asset));

            // The opening register gives asset i to unit i mod the units (GenerateProvince.Plan.AssetsCsv).
            var from = asset % units.Count;
            var kind = i < transfers ? MovementKind.Transfer : random.Next(4) == 0 ? MovementKind.Sell : MovementKind.Liquidate;
            var to = kind == MovementKind.Transfer ? units[(from + 1 + random.Next(units.Count - 1)) % units.Count] : null;
            moves.Add(new Movement(kind, i + 1, units[from], MonthEnd(random, year), assetCode(asset), null, null, random.Next(5, 31), to, null, null));
        }

        return moves.OrderBy(m => m.Date).ThenBy(m => m.Kind).ThenBy(m => m.Number).ToList();
    }

    /// <summary>Purchases, transfers and disposals for a register of <paramref name="assets"/> (1 %, 0.5 %, 0.5 %, rounded); no transfer in a province of one unit.</summary>
    internal static (int Purchases, int Transfers, int Disposals) Counts(int assets, int units) =>
        ((assets + 50) / 100, units > 1 ? (assets + 100) / 200 : 0, (assets + 100) / 200);

    /// <summary>The year's purchases per unit and Tiểu mục, for the estimate: their cost plus 5 %, rounded up to a million.</summary>
    internal static Dictionary<(string Unit, string Item), long> PurchaseEstimates(IEnumerable<Movement> moves) =>
        moves.Where(m => m.Kind == MovementKind.Purchase).GroupBy(m => (m.Unit, m.Item!))
            .ToDictionary(g => g.Key, g => { var sum = g.Sum(m => m.Amount); return checked(((sum + sum / 20) / 1_000_000 + 1) * 1_000_000); });

    /// <summary>Carries out <paramref name="moves"/> (one month's), skipping those the register shows done; the first refusal stops it and is returned.</summary>
    internal async Task<Result<Done>> RunAsync(IReadOnlyList<Movement> moves, int year, CancellationToken ct)
    {
        int purchased = 0, transferred = 0, disposed = 0;
        foreach (var m in moves)
        {
            var card = await assets.FindAsync(m.AssetCode, ct);
            var done = m.Kind == MovementKind.Purchase
                ? card is null ? await BuyAsync(m, year, ct) : null
                : card is null || card.Events.Count > 1 ? null : await DisposeOrTransferAsync(m, card, ct);
            if (done is { IsFailure: true })
            {
                return Result.Failure<Done>(done.Errors);
            }

            if (done is not null)
            {
                _ = m.Kind switch
                {
                    MovementKind.Purchase => purchased++,
                    MovementKind.Transfer => transferred++,
                    MovementKind.Liquidate or MovementKind.Sell => disposed++,
                };
            }
        }

        return Result.Success(new Done(purchased, transferred, disposed));
    }

    private async Task<Result> BuyAsync(Movement m, int year, CancellationToken ct)
    {
        var key = new BudgetLineKey(m.Unit, year, "NSNN", Autonomy.Autonomous, "340-351", m.Item!);
        var created = await create.RunAsync(new NewSpendingRequest(key, m.Amount, $"Mua {m.Name!.ToLowerInvariant()} cho {m.Unit}", DemoUsers.Accountant,
            Asset: new AssetPurchaseInput(m.ClassCode, m.Name, m.AssetCode, $"Trụ sở {m.Unit}", m.Custodian)), ct);
        if (created.IsFailure)
        {
            return created;
        }

        var id = created.Value.Request.Id;
        var submitted = await submit.RunAsync(id, DemoUsers.Accountant, ct);
        if (submitted.IsFailure)
        {
            return submitted;
        }

        // The chain starts at the unit head and runs upward to the decider the rules named; each step is signed by its holder.
        var signer = Decider.UnitHead;
        while (true)
        {
            var signed = await approve.RunAsync(id, Signer(signer, m.Unit), m.Date, DecisionNo(m, signer), null, ct);
            if (signed.IsFailure)
            {
                return signed;
            }

            if (signed.Value.Approval.NextStep is not { } next)
            {
                break;
            }

            signer = next.Decider;
        }

        return await pay.RunAsync(id, DemoUsers.Accountant, m.Date, PaymentMethod.BudgetWithdrawal, false, ct);
    }

    private async Task<Result> DisposeOrTransferAsync(Movement m, FixedAsset card, CancellationToken ct)
    {
        var state = card.At(m.Date);
        var action = m.Kind switch
        {
            MovementKind.Transfer => AssetAction.Transfer,
            MovementKind.Sell => AssetAction.Sell,
            _ => AssetAction.Liquidate,
        };

        // Proceeds: a share (5–30 %) of the residual value, or of 1 % of the cost for an asset worn out, in thousands of đồng.
        long? proceeds = action == AssetAction.Transfer ? null : Math.Max(1_000, (state.Residual > 0 ? state.Residual : state.OriginalCost / 100) / 100 * m.Amount / 1000 * 1000);
        var reason = action switch
        {
            AssetAction.Transfer => $"Điều chuyển sang {m.ToUnit} theo nhu cầu sử dụng",
            AssetAction.Sell => "Bán tài sản không còn nhu cầu sử dụng",
            _ => "Thanh lý tài sản hư hỏng, không sử dụng được",
        };
        var opened = await act.RunAsync(action, card.Code, m.Date, m.ToUnit, proceeds, reason, DemoUsers.Accountant, ct);
        if (opened.IsFailure)
        {
            return opened;
        }

        var approval = opened.Value.Approval;
        while (approval.NextStep is { } step)
        {
            var signed = await sign.ExecuteAsync(new ApproveStepRequest(approval.Id, step.Number, Signer(step.Decider, m.Unit), DecisionNo(m, step.Decider), m.Date), ct);
            if (signed.IsFailure)
            {
                return signed;
            }

            approval = signed.Value;
        }

        return Result.Success();
    }

    /// <summary>The demo's holder of the decider's role: the unit's head (<see cref="HeadLogin"/>), the office chief, the Standing Board, the Standing Committee.</summary>
    private static string Signer(Decider decider, string unit) => decider switch
    {
        Decider.UnitHead => HeadLogin(unit),
        Decider.OfficeChief => "chanhvanphong",
        Decider.StandingBoard => "thuongtruc",
        Decider.StandingCommittee => "bantv",
    };

    /// <summary>The login of a generated unit's head: thutruong.&lt;unit code in lower case&gt;.</summary>
    public static string HeadLogin(string unit) => "thutruong." + unit.ToLowerInvariant();

    private static string DecisionNo(Movement m, Decider decider) => string.Create(CultureInfo.InvariantCulture,
        $"{m.Number}/QĐ-{(decider == Decider.UnitHead ? m.Unit : decider == Decider.OfficeChief ? "VPTU" : "TU")}{(m.Kind == MovementKind.Purchase ? "-MS" : "-TS")}");

    private static DateOnly MonthEnd(Random random, int year)
    {
        var month = random.Next(1, 13);
        return new DateOnly(year, month, 28 + random.Next(DateTime.DaysInMonth(year, month) - 27));
    }
}

/// <summary>A movement of the register in a generated year.</summary>
internal enum MovementKind
{
    Purchase,
    Transfer,
    Liquidate,
    Sell,
}

/// <summary>
/// One planned movement: a purchase (class, Tiểu mục, cost, name, custodian) or an action on the opening register's card
/// <see cref="AssetCode"/> (to <see cref="ToUnit"/> for a transfer; <see cref="Amount"/> is then the proceeds' share of the
/// residual, in per cent).
/// </summary>
internal sealed record Movement(MovementKind Kind, int Number, string Unit, DateOnly Date, string AssetCode, string? ClassCode, string? Item, long Amount, string? ToUnit,
    string? Name, string? Custodian);
