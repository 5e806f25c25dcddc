using System.Globalization;
using System.Text;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Common;
using PartyFinance.Application.Ledger;
using PartyFinance.Application.Organisation;
using PartyFinance.Application.Reference;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Demo;

/// <summary>What `demo generate` is asked to build.</summary>
public sealed record ProvinceRequest(int Units, int Vouchers, int Assets, int Year, int Seed);

/// <summary>
/// What `demo generate` built: units, the year's vouchers (and those already there), assets and their opening vouchers, and the
/// register's movements in the year (purchases, transfers, disposals; their vouchers are not among <see cref="VouchersPosted"/>).
/// </summary>
public sealed record ProvinceReport(int Units, int VouchersPosted, int VouchersSkipped, int Assets, int AssetOpeningVouchers, int Purchased = 0, int Transferred = 0,
    int Disposed = 0);

/// <summary>
/// `demo generate`: a province of any size for one year, built through the product's own paths so every
/// invariant holds — `db init` and the demo's people, `unit import` (the provincial office, its agencies and
/// communes with Vietnamese names), `balance import` (opening cash), `asset import` (the register taken over
/// on 1 January, its opening vouchers posted), and the year's vouchers through <see cref="PostVouchers"/> one
/// month at a time, each built from the posting rules of db/posting: the estimate per unit and budget item (DTG),
/// monthly payroll and salary withdrawal, and spending cycles — cash withdrawn as a Treasury advance, then
/// either paid out directly or advanced to a named member of staff and settled (the unspent part returned), and the
/// Treasury advance settled. Every estimate is the year's withdrawals on its line plus a margin, so all
/// spending passes the enforced budget check. After each month's vouchers, that month's movements of the register go
/// through their approval chains (<see cref="ProvinceMovements"/>: purchases on the estimate's asset items, transfers,
/// disposals), signed by the unit heads the run adds and the province's deciders. The vouchers come to exactly the number asked (a unit's last cycle
/// of the year may stop part-way: an advance still open at year end). Deterministic: a seed gives the same books.
/// </summary>
public sealed class GenerateProvince(InitialiseBooks init, SeedDemoUsers users, ImportUnits importUnits, ImportOpeningBalances importOpening, PostVouchers post,
    AccessGuard access, EstimateControl estimates, Assets.ImportAssets importAssets, Assets.IAssetStore assets, ProvinceMovements movements)
{
    public const string BadVolume = "demo.bad-volume";

    /// <summary>Fixed vouchers of a unit in the year: its estimate and, each month, payroll and the salary withdrawal.</summary>
    public const int FixedPerUnit = 1 + 12 * 2;

    private const string Fund = "NSNN";
    private const string Sector = "340-351";
    private const string SalaryItem = "6001";

    private static readonly (string Item, string Text)[] Items =
        [("6501", "Thanh toán tiền điện"), ("6551", "Mua văn phòng phẩm"), ("6701", "Thanh toán công tác phí"), ("6651", "Chi tổ chức hội nghị")];

    // Classes in force both under TT 23/2023 (to 2025) and TT 141/2025 (from 2026), with their lives there.
    private static readonly (string Class, string Name, long MinCost, long MaxCost)[] AssetKinds =
    [
        ("MAY-TINH", "Máy vi tính", 12_000_000, 60_000_000), ("DIEU-HOA", "Máy điều hòa", 15_000_000, 80_000_000),
        ("OTO", "Xe ô tô", 700_000_000, 1_600_000_000), ("NHA-CAP3", "Nhà làm việc", 2_000_000_000, 20_000_000_000),
        ("VKT-KHAC", "Tường rào và cổng trụ sở", 50_000_000, 900_000_000), ("PHAN-MEM", "Phần mềm quản lý", 20_000_000, 400_000_000),
    ];

    public async Task<Result<ProvinceReport>> RunAsync(string referenceFolder, ProvinceRequest request, IProgress<string>? progress, CancellationToken ct)
    {
        var bad = Check(request);
        if (bad.Count > 0)
        {
            return Result.Failure<ProvinceReport>(bad);
        }

        var initialised = await init.RunAsync(referenceFolder, DemoUsers.Admin, new FirstAdmin(DemoUsers.Admin, DemoUsers.AdminName), ct);
        if (initialised.IsFailure)
        {
            return Result.Failure<ProvinceReport>(initialised.Errors);
        }

        var people = await users.ProvinceAsync(DemoUsers.Admin, ct);
        if (people.IsFailure)
        {
            return Result.Failure<ProvinceReport>(people.Errors);
        }

        var plan = Plan.Make(request);
        var units = await importUnits.RunAsync(ImportFile.FromText(plan.UnitsCsv(), "tinh-mau-don-vi.csv"), DemoUsers.Admin, ct);
        if (!units.Succeeded)
        {
            return Result.Failure<ProvinceReport>(units.Errors);
        }

        var heads = await users.HeadsAsync(DemoUsers.Admin, plan.Heads(), ct);
        if (heads.IsFailure)
        {
            return Result.Failure<ProvinceReport>(heads.Errors);
        }

        var opening = await importOpening.RunAsync(ImportFile.FromText(plan.OpeningCsv(), "tinh-mau-so-du.csv"), DemoUsers.Accountant, ct);
        if (!opening.Succeeded)
        {
            return Result.Failure<ProvinceReport>(opening.Errors);
        }

        progress?.Report($"{VietnameseFormat.Number(plan.Units.Count)} đơn vị, số dư đầu năm {request.Year.ToString(CultureInfo.InvariantCulture)}");
        int assetsAdded = 0, assetVouchers = 0;
        if (request.Assets > 0 && await assets.FindAsync(AssetCode(0), ct) is null)
        {
            var register = await importAssets.RunAsync(ImportFile.FromText(plan.AssetsCsv(), "tinh-mau-tai-san.csv"), new DateOnly(request.Year, 1, 1), DemoUsers.Accountant, ct);
            if (register.IsFailure)
            {
                return Result.Failure<ProvinceReport>(register.Errors);
            }

            assetsAdded = register.Value.Added;
            assetVouchers = register.Value.Units.Count(u => u.Voucher is not null);
            progress?.Report($"{VietnameseFormat.Number(assetsAdded)} tài sản trong sổ tài sản");
        }

        var allowed = await access.CheckAsync(DemoUsers.Accountant, Permission.VoucherImport, plan.Units.Select(u => (string?)u.Code).ToList(), ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<ProvinceReport>(allowed.Errors);
        }

        int posted = 0, skipped = 0, purchased = 0, transferred = 0, disposed = 0;
        var make = new Drafts(estimates.Book, request.Year);
        for (var month = 1; month <= 12; month++)
        {
            var drafts = plan.Month(month, make);
            var report = await post.RunAsync(drafts, [], 0, DemoUsers.Accountant, null, ct);
            if (!report.Succeeded)
            {
                return Result.Failure<ProvinceReport>(report.Errors);
            }

            posted += report.Stored;
            skipped += report.Skipped;
            var moved = await movements.RunAsync(plan.Movements.Where(m => m.Date.Month == month).ToList(), request.Year, ct);
            if (moved.IsFailure)
            {
                return Result.Failure<ProvinceReport>(moved.Errors);
            }

            (purchased, transferred, disposed) = (purchased + moved.Value.Purchased, transferred + moved.Value.Transferred, disposed + moved.Value.Disposed);
            progress?.Report($"tháng {VietnameseFormat.Month(request.Year, month)}: {VietnameseFormat.Number(report.Stored)} chứng từ");
        }

        return Result.Success(new ProvinceReport(units.Stored, posted, skipped, assetsAdded, assetVouchers, purchased, transferred, disposed));
    }

    private static List<DomainError> Check(ProvinceRequest r)
    {
        var errors = new List<DomainError>();
        if (r.Units is < 1 or > 999)
        {
            errors.Add(new DomainError(BadVolume, "Số đơn vị (--units) phải từ 1 đến 999.", "units"));
        }

        if (r.Year is < 2025 or > 2099)
        {
            errors.Add(new DomainError(BadVolume, "Năm (--year) phải từ 2025 đến 2099 (người dùng mẫu có hiệu lực từ 01/01/2025).", "year"));
        }

        if (r.Units is >= 1 and <= 999 && (r.Vouchers < (long)r.Units * FixedPerUnit || r.Vouchers > 50_000_000))
        {
            errors.Add(new DomainError(BadVolume,
                $"Số chứng từ (--vouchers) phải từ {VietnameseFormat.Number((long)r.Units * FixedPerUnit)} ({FixedPerUnit.ToString(CultureInfo.InvariantCulture)} cho mỗi đơn vị: dự toán, lương 12 tháng) đến 50.000.000.",
                "vouchers"));
        }

        if (r.Assets is < 0 or > 10_000_000)
        {
            errors.Add(new DomainError(BadVolume, "Số tài sản (--assets) phải từ 0 đến 10.000.000.", "assets"));
        }

        return errors;
    }

    internal static string AssetCode(int i) => string.Create(CultureInfo.InvariantCulture, $"TS{i:0000000}");

    private sealed record UnitPlan(string Code, string Name, string Kind, string? Parent, string Chapter, long Salary, int[] Cycles, long[] Estimates);

    /// <summary>The whole province decided from the seed before anything is posted, so each month can be built on its own.</summary>
    private sealed class Plan
    {
        private readonly ProvinceRequest request;

        private Plan(ProvinceRequest request, List<UnitPlan> units, List<Movement> movements, Dictionary<(string Unit, string Item), long> purchaseEstimates)
        {
            this.request = request;
            Units = units;
            Movements = movements;
            PurchaseEstimates = purchaseEstimates;
        }

        public List<UnitPlan> Units { get; }

        /// <summary>The register's movements in the year, in date order.</summary>
        public List<Movement> Movements { get; }

        /// <summary>The estimate of each unit's asset purchase items (Tiểu mục of Mục 6950).</summary>
        public Dictionary<(string Unit, string Item), long> PurchaseEstimates { get; }

        public static Plan Make(ProvinceRequest r)
        {
            var random = new Random(r.Seed);
            var places = ProvinceNames.Places(random, r.Units);
            var units = new List<UnitPlan>();
            for (var u = 0; u < r.Units; u++)
            {
                var (code, name, kind, parent, chapter) = u switch
                {
                    0 => ("VPTU", "Văn phòng Tỉnh ủy", "provincial-office", (string?)null, "509"),
                    _ when u <= ProvinceNames.Agencies.Length => (ProvinceNames.Agencies[u - 1].Code, ProvinceNames.Agencies[u - 1].Name, "party-agency", "VPTU", "509"),
                    _ => (string.Create(CultureInfo.InvariantCulture, $"X{u:000}"), (u % 5 == 0 ? "Đảng ủy phường " : "Đảng ủy xã ") + places[u], "commune-committee", null, "819"),
                };
                var salary = random.NextInt64(40, 900) * 1_000_000;
                var share = r.Vouchers / r.Units + (u < r.Vouchers % r.Units ? 1 : 0) - FixedPerUnit;
                var cycles = new int[12];
                for (var m = 0; m < 12; m++)
                {
                    cycles[m] = share / 12 + (m < share % 12 ? 1 : 0);
                }

                // The year's withdrawals per spending item, drawn as the months will draw them, plus 5 % and rounded up to a million.
                var estimates = new long[Items.Length];
                for (var m = 1; m <= 12; m++)
                {
                    foreach (var step in Steps(r.Seed, u, m, cycles[m - 1]))
                    {
                        if (step.Kind == StepKind.Withdraw)
                        {
                            estimates[step.Item] = checked(estimates[step.Item] + step.Amount);
                        }
                    }
                }

                for (var i = 0; i < estimates.Length; i++)
                {
                    estimates[i] = checked(((estimates[i] + estimates[i] / 20) / 1_000_000 + 1) * 1_000_000);
                }

                units.Add(new UnitPlan(code, name, kind, parent, chapter, salary, cycles, estimates));
            }

            // Drawn from a random of its own: the units, their salaries and spending cycles are the same as without movements.
            var movements = ProvinceMovements.Plan(r.Seed, r.Year, r.Assets, units.Select(u => u.Code).ToList(), AssetCode);
            return new Plan(r, units, movements, ProvinceMovements.PurchaseEstimates(movements));
        }

        /// <summary>A head for every unit (the first step of each approval chain), with a Vietnamese name drawn from the seed.</summary>
        public List<(string Login, string Name, string Unit)> Heads()
        {
            var random = new Random(unchecked(request.Seed * 13 + 5));
            return Units.Select(u => (ProvinceMovements.HeadLogin(u.Code), ProvinceNames.Person(random), u.Code)).ToList();
        }

        public string UnitsCsv()
        {
            var sb = new StringBuilder("code,name,kind,parent,chapter,valid_from,valid_to,successor\n");
            foreach (var u in Units)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{u.Code},\"{u.Name}\",{u.Kind},{u.Parent},{u.Chapter},2018-01-01,,\n");
            }

            return sb.ToString();
        }

        public string OpeningCsv()
        {
            var sb = new StringBuilder("unit,year,account,debit,credit\n");
            foreach (var u in Units)
            {
                var cash = u.Salary / 10;
                sb.Append(CultureInfo.InvariantCulture, $"{u.Code},{request.Year},1111,{cash},0\n")
                  .Append(CultureInfo.InvariantCulture, $"{u.Code},{request.Year},3371,0,{cash}\n");
            }

            return sb.ToString();
        }

        public string AssetsCsv()
        {
            var random = new Random(unchecked(request.Seed * 31 + 7));
            var sb = new StringBuilder("code,name,class,unit,in_service,original_cost,accumulated_wear,funding_state,funding_party,funding_other,origin,location,custodian,sector\n");
            for (var i = 0; i < request.Assets; i++)
            {
                var (cls, name, min, max) = AssetKinds[random.Next(AssetKinds.Length)];
                var unit = Units[i % Units.Count];
                var cost = random.NextInt64(min / 1000, max / 1000) * 1000;
                var years = random.Next(0, 12);
                var inService = new DateOnly(request.Year - 1 - years, random.Next(1, 13), random.Next(1, 29));
                var wear = Math.Min(cost, cost / 10 * years);
                var party = random.Next(5) == 0 ? cost / 5 : 0;
                sb.Append(CultureInfo.InvariantCulture,
                    $"{AssetCode(i)},{name} {i + 1},{cls},{unit.Code},{inService:yyyy-MM-dd},{cost},{wear},{cost - party},{party},0,purchase,Trụ sở {unit.Code},{ProvinceNames.Person(random)},{Sector}\n");
            }

            return sb.ToString();
        }

        /// <summary>The month's vouchers for every unit, in date order (so each unit's numbers run with its dates).</summary>
        public List<VoucherDraft> Month(int month, Drafts make)
        {
            var drafts = new List<VoucherDraft>();
            for (var u = 0; u < Units.Count; u++)
            {
                var unit = Units[u];
                if (month == 1)
                {
                    drafts.Add(make.Estimate(unit.Code,
                        [(SalaryItem, unit.Salary * 13), .. Items.Select((it, i) => (it.Item, unit.Estimates[i])),
                         .. PurchaseEstimates.Where(p => p.Key.Unit == unit.Code).OrderBy(p => p.Key.Item, StringComparer.Ordinal).Select(p => (p.Key.Item, p.Value))]));
                }

                drafts.Add(make.Salary("payroll", "CTK", unit.Code, month, 25, unit.Salary, "Tính lương tháng"));
                drafts.Add(make.Salary("pay-salary-withdrawal", "RDT", unit.Code, month, 26, unit.Salary, "Rút dự toán chi lương tháng"));
                foreach (var step in Steps(request.Seed, u, month, unit.Cycles[month - 1]))
                {
                    drafts.Add(make.Step(unit.Code, month, step));
                }
            }

            drafts.Sort((a, b) => a.Date.CompareTo(b.Date));
            return drafts;
        }
    }

    internal enum StepKind
    {
        Withdraw,
        PayCash,
        Advance,
        AdvanceSettle,
        TreasurySettle,
    }

    internal sealed record Step(StepKind Kind, int Cycle, int Day, int Item, long Amount, long Returned, string? Payee);

    /// <summary>
    /// A unit's spending in one month: <paramref name="count"/> vouchers in cycles — withdraw cash as a Treasury
    /// advance; pay it out (three quarters) or advance it to a member of staff who settles 90 % and returns the rest; settle
    /// the Treasury advance for what was spent. Drawn from a random of its own (seed, unit, month), so a month is the same
    /// whichever month was built before it.
    /// </summary>
    internal static IEnumerable<Step> Steps(int seed, int unit, int month, int count)
    {
        var random = new Random(HashCode32(seed, unit, month));
        var days = 28;
        var cycle = 0;
        for (var emitted = 0; emitted < count; cycle++)
        {
            var day = 1 + (int)((long)cycle * 23 * 4 / Math.Max(4, count) % 24);
            var item = random.Next(Items.Length);
            var cash = random.NextInt64(500, 20_000) * 1000;
            var staff = random.Next(3) == 0;
            var payee = staff ? ProvinceNames.Person(random) : null;
            var spent = staff ? cash / 10 * 9 : cash / 4 * 3;
            List<Step> steps = staff
                ? [new(StepKind.Withdraw, cycle, day, item, cash, 0, null), new(StepKind.Advance, cycle, day, item, cash, 0, payee),
                   new(StepKind.AdvanceSettle, cycle, Math.Min(days, day + 3), item, spent, cash - spent, payee), new(StepKind.TreasurySettle, cycle, Math.Min(days, day + 4), item, spent, 0, null)]
                : [new(StepKind.Withdraw, cycle, day, item, cash, 0, null), new(StepKind.PayCash, cycle, Math.Min(days, day + 1), item, spent, 0, null),
                   new(StepKind.TreasurySettle, cycle, Math.Min(days, day + 2), item, spent, 0, null)];
            foreach (var step in steps.Take(count - emitted))
            {
                emitted++;
                yield return step;
            }
        }
    }

    private static int HashCode32(int seed, int unit, int month) => unchecked((seed * 1_000_003) ^ (unit * 7919) ^ (month * 104_729));

    /// <summary>Vouchers built from the posting rules, one budget line per unit and item on NSNN, Loại–Khoản 340-351.</summary>
    internal sealed class Drafts(PostingRuleBook book, int year)
    {
        public VoucherDraft Estimate(string unit, IReadOnlyList<(string Item, long Amount)> items)
        {
            var date = new DateOnly(year, 1, 1);
            var lines = items.SelectMany(i => Build(EstimatePosting.Increase, unit, i.Item, date, PostingContext.Amount(i.Amount), null).Lines).ToList();
            return new(Key(unit, 1, 0, "DTG"), date, unit, "DTG", string.Create(CultureInfo.InvariantCulture, $"Nhận dự toán chi thường xuyên năm {year}"), lines);
        }

        public VoucherDraft Salary(string @event, string kind, string unit, int month, int day, long amount, string text)
        {
            var date = new DateOnly(year, month, day);
            var built = Build(@event, unit, SalaryItem, date, PostingContext.Amount(amount), null);
            return new(Key(unit, month, 0, kind), date, unit, built.VoucherType, $"{text} {VietnameseFormat.Month(year, month)}", built.Lines);
        }

        public VoucherDraft Step(string unit, int month, Step s)
        {
            var date = new DateOnly(year, month, s.Day);
            var (item, text) = Items[s.Item];
            var (@event, description, amounts) = s.Kind switch
            {
                StepKind.Withdraw => ("withdraw-cash", $"Rút tạm ứng dự toán về quỹ tiền mặt ({text.ToLowerInvariant()})", PostingContext.Amount(s.Amount)),
                StepKind.PayCash => ("pay-cash", text, PostingContext.Amount(s.Amount)),
                StepKind.Advance => ("advance", $"Tạm ứng cho {s.Payee}: {text.ToLowerInvariant()}", PostingContext.Amount(s.Amount)),
                StepKind.AdvanceSettle => ("advance-settle", $"{s.Payee} thanh toán tạm ứng: {text.ToLowerInvariant()}",
                    (IReadOnlyDictionary<string, long>)new Dictionary<string, long>(StringComparer.Ordinal) { ["actual"] = s.Amount, ["returned"] = s.Returned }),
                StepKind.TreasurySettle => ("treasury-advance-settle", $"Thanh toán tạm ứng với Kho bạc ({text.ToLowerInvariant()})", PostingContext.Amount(s.Amount)),
                _ => throw new ArgumentOutOfRangeException(nameof(s)),
            };
            var built = Build(@event, unit, item, date, amounts, s.Payee);
            return new(Key(unit, month, s.Cycle, s.Kind.ToString()), date, unit, built.VoucherType, description, built.Lines);
        }

        private (string VoucherType, IReadOnlyList<PostingDraft> Lines) Build(string @event, string unit, string item, DateOnly date, IReadOnlyDictionary<string, long> amounts, string? payee)
        {
            var built = book.Build(@event, PostingContext.For(new BudgetLineKey(unit, year, Fund, Autonomy.Autonomous, Sector, item), date, amounts, payee));
            return built.IsSuccess ? built.Value : throw new InvalidOperationException(built.FirstError.Describe());
        }

        private string Key(string unit, int month, int cycle, string kind) =>
            string.Create(CultureInfo.InvariantCulture, $"gen-{year}-{unit}-{month:00}-{cycle:00000}-{kind}");
    }
}
