using System.CommandLine;
using System.Globalization;
using PartyFinance.Application.Assets;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Authority;
using static PartyFinance.Cli.Commands.AuthorityOptionValues;

namespace PartyFinance.Cli.Commands;

/// <summary>
/// `asset class import|list`, `asset import|list|show`, `asset wear`, and the actions that need a
/// decision: `asset transfer|recover|sell|liquidate|destroy|write-off`.
/// </summary>
public static class AssetCommands
{
    public static Command Build(Func<ParseResult, CliContext> context)
    {
        var root = new Command("asset", "Tài sản cố định: danh mục loại, sổ tài sản, hao mòn, điều chuyển và xử lý")
        {
            ClassCommands(context), Import(context), Csv.Supported(List(context)), Show(context), Wear(context), Depreciate(context), Upgrade(context), Stocktake(context),
            AssetPurchaseCommand.Build(context),
        };
        foreach (var action in Enum.GetValues<AssetAction>().Where(a => a != AssetAction.RecordSurplus))
        {
            root.Subcommands.Add(Action(context, action));
        }

        return root;
    }

    private static Command ClassCommands(Func<ParseResult, CliContext> context)
    {
        var file = new Argument<string>("classes.csv");
        var import = new Command("import", "Nhập hoặc sửa danh mục loại tài sản (thời gian sử dụng, tỷ lệ hao mòn)") { file };
        import.SetAction(async (p, ct) =>
        {
            var c = context(p);
            return await InputFile.ReadAsync(c, p.GetValue(file)!, async f =>
            {
                var r = await c.Get<ImportAssetClasses>().RunAsync(f, c.Actor, ct);
                if (r.IsFailure)
                {
                    return c.Output.Refuse(r.Errors, f.Name);
                }

                if (c.Json)
                {
                    c.Output.Json(new { rows = r.Value.Rows, added = r.Value.Added, replaced = r.Value.Replaced, unchanged = r.Value.Unchanged });
                }
                else
                {
                    c.Output.Line($"Đã nhập danh mục loại tài sản từ {f.Name}: thêm {r.Value.Added}, thay {r.Value.Replaced}, giữ nguyên {r.Value.Unchanged} ({r.Value.Rows} dòng).");
                }

                return ExitCodes.Success;
            });
        });

        var year = new Option<int?>("--year") { Description = "Chỉ các loại có hiệu lực trong năm này" };
        var list = new Command("list", "Danh mục loại tài sản") { year };
        list.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var classes = await c.Get<ListAssetClasses>().RunAsync(p.GetValue(year), ct);
            if (c.Json || c.Csv)
            {
                c.Output.List(c, classes.Select(k => new
                {
                    code = k.Code,
                    name = k.Name,
                    group = k.Group,
                    useful_life_years = k.UsefulLifeYears,
                    annual_rate_percent = k.AnnualRatePercent,
                    valid_from = k.ValidFrom,
                    valid_to = k.ValidTo,
                    source = k.Source,
                    verified = k.Verified,
                }));
                return ExitCodes.Success;
            }

            c.Output.Line($"{"Mã",-10} {"Nhóm",-13} {"Năm SD",6} {"Tỷ lệ %",8} {"Hiệu lực",-25} {"Xác minh",-8} Tên");
            foreach (var k in classes)
            {
                var validity = VietnameseFormat.Date(k.ValidFrom) + " – " + (k.ValidTo is { } t ? VietnameseFormat.Date(t) : "nay");
                c.Output.Line($"{k.Code,-10} {k.Group,-13} {k.UsefulLifeYears,6} {k.AnnualRatePercent.ToString("0.##", VietnameseFormat.Culture),8} {validity,-25} {Verified(k.Verified),-8} {k.Name}");
            }

            return ExitCodes.Success;
        });
        return new Command("class", "Danh mục loại tài sản cố định") { import, Csv.Supported(list) };
    }

    private static Command Import(Func<ParseResult, CliContext> context)
    {
        var file = new Argument<string>("assets.csv");
        var date = new Option<string?>("--date") { Description = "Ngày nhận sổ (mặc định 01/01 năm nay); hao mòn lũy kế tính đến ngày trước đó" };
        var import = new Command("import", "Nhập sổ tài sản đang có (tất cả hoặc không dòng nào)") { file, date };
        import.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var at = OptionalDate(p, date);
            return await InputFile.ReadAsync(c, p.GetValue(file)!, async f =>
            {
                var r = await c.Get<ImportAssets>().RunAsync(f, at, c.Actor, ct);
                if (r.IsFailure)
                {
                    return c.Output.Refuse(r.Errors, f.Name);
                }

                if (c.Json)
                {
                    c.Output.Json(new
                    {
                        rows = r.Value.Rows,
                        added = r.Value.Added,
                        units = r.Value.Units.Select(u => new { unit = u.Unit, original_cost = u.OriginalCost, accumulated_wear = u.AccumulatedWear, voucher = u.Voucher }),
                    });
                    return ExitCodes.Success;
                }

                c.Output.Line($"Đã ghi {r.Value.Added} tài sản vào sổ tài sản.");
                foreach (var u in r.Value.Units)
                {
                    c.Output.Line(u.Voucher is { } v
                        ? $"  {u.Unit}: nguyên giá {VietnameseFormat.Amount(u.OriginalCost)}, hao mòn lũy kế {VietnameseFormat.Amount(u.AccumulatedWear)} — chứng từ ghi sổ {v}."
                        : $"  {u.Unit}: nguyên giá {VietnameseFormat.Amount(u.OriginalCost)}, hao mòn lũy kế {VietnameseFormat.Amount(u.AccumulatedWear)} — khớp số dư đầu kỳ đã có trên sổ cái, không ghi thêm chứng từ.");
                }

                return ExitCodes.Success;
            });
        });
        return import;
    }

    private static Command List(Func<ParseResult, CliContext> context)
    {
        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị (mặc định: mọi đơn vị)" };
        var year = new Option<int?>("--year") { Description = "Số liệu tại 31/12 của năm (mặc định: năm nay)" };
        var list = new Command("list", "Sổ tài sản: nguyên giá, hao mòn lũy kế, giá trị còn lại tại cuối năm") { unit, year };
        list.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var y = p.GetValue(year) ?? c.Clock.GetLocalNow().Year;
            var rows = await c.Get<AssetQueries>().ListAsync(p.GetValue(unit)?.Trim(), y, ct);
            if (c.Json || c.Csv)
            {
                c.Output.List(c, rows.Select(r => new
                {
                    code = r.Code,
                    name = r.Name,
                    @class = r.Class,
                    unit = r.Unit,
                    original_cost = r.OriginalCost,
                    accumulated_wear = r.AccumulatedWear,
                    residual = r.Residual,
                    status = r.Status.Code(),
                }));
                return ExitCodes.Success;
            }

            c.Output.Line($"Sổ tài sản cố định tại 31/12/{y.ToString(CultureInfo.InvariantCulture)}");
            c.Output.Line($"{"Mã",-12} {"Loại",-10} {"Đơn vị",-8} {"Nguyên giá",18} {"Hao mòn lũy kế",18} {"Còn lại",18} {"Tình trạng",-22} Tên");
            foreach (var r in rows)
            {
                c.Output.Line($"{r.Code,-12} {r.Class,-10} {r.Unit,-8} {VietnameseFormat.Amount(r.OriginalCost),18} {VietnameseFormat.Amount(r.AccumulatedWear),18} {VietnameseFormat.Amount(r.Residual),18} {r.Status.VietnameseName(),-22} {r.Name}");
            }

            c.Output.Line($"{"Cộng",-32} {VietnameseFormat.Amount(rows.Sum(r => r.OriginalCost)),18} {VietnameseFormat.Amount(rows.Sum(r => r.AccumulatedWear)),18} {VietnameseFormat.Amount(rows.Sum(r => r.Residual)),18}  ({rows.Count} tài sản)");
            return ExitCodes.Success;
        });
        return list;
    }

    private static Command Show(Func<ParseResult, CliContext> context)
    {
        var code = new Argument<string>("code") { Description = "Mã tài sản", HelpName = "mã" };
        var show = new Command("show", "Thẻ tài sản: thông tin, nguồn hình thành và toàn bộ lịch sử") { code };
        show.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var card = await c.Get<AssetQueries>().ShowAsync(p.GetValue(code)!, ct);
            if (card is null)
            {
                return c.Output.Refuse([new DomainError(AssetErrors.NotFound, $"Không có tài sản mã '{p.GetValue(code)}' trong sổ tài sản.", "code")]);
            }

            if (c.Json)
            {
                c.Output.Json(CardJson(card, true));
                return ExitCodes.Success;
            }

            PrintCard(c, card, $"Thẻ tài sản {card.Asset.Code}");
            if (card.Earlier.Count > 0)
            {
                c.Output.Line($"Thẻ trước đây cùng mã {card.Asset.Code} (đã hủy ghi tăng do đảo chứng từ mua; mã được dùng lại cho thẻ trên):");
                foreach (var earlier in card.Earlier)
                {
                    PrintCard(c, earlier, $"  Thẻ đã hủy {earlier.Asset.Code} (khóa thẻ {earlier.Asset.Key})");
                }
            }

            return ExitCodes.Success;
        });
        return show;
    }

    private static object CardJson(AssetCard card, bool withEarlier)
    {
        var (a, s) = (card.Asset, card.State);
        return new
        {
            code = a.Code,
            key = a.Key,
            name = a.Name,
            @class = a.ClassCode,
            class_name = card.ClassName,
            unit = s.Unit,
            location = a.Location,
            custodian = a.Custodian,
            in_service = a.InService,
            origin = a.Origin.Code(),
            status = s.Status.Code(),
            original_cost = s.OriginalCost,
            accumulated_wear = s.AccumulatedWear,
            residual = s.Residual,
            funding = new { state = s.Funding.State, party = s.Funding.Party, other = s.Funding.Other },
            autonomy = a.Autonomy.Code(),
            sector = a.Sector,
            budget_item = a.BudgetItem,
            life_years = s.LifeYears,
            history = card.History.Select(h => new
            {
                date = h.Date,
                kind = h.Kind.Code(),
                unit = h.Unit,
                from_unit = h.FromUnit,
                cost_change = h.CostChange,
                wear_change = h.WearChange,
                proceeds = h.Proceeds,
                life_years = h.LifeYears,
                vouchers = h.Vouchers,
                reason = h.Reason,
                action = h.ActionId,
                by = h.By,
            }),
            actions = card.Actions.Select(x => new
            {
                id = x.Id,
                action = x.Action.Code(),
                date = x.Date,
                to_unit = x.ToUnit,
                proceeds = x.Proceeds,
                status = AssetActionRequest.StatusCode(x.Status),
                vouchers = x.Vouchers,
                requested_by = x.RequestedBy,
                decided_by = x.DecidedBy,
            }),
            earlier_cards = withEarlier ? card.Earlier.Select(e => CardJson(e, false)) : null,
        };
    }

    private static void PrintCard(CliContext c, AssetCard card, string title)
    {
        var (a, s) = (card.Asset, card.State);
        c.Output.Line($"{title}: {a.Name}");
        c.Output.Line($"  Loại: {a.ClassCode} {card.ClassName}; đơn vị: {s.Unit}; nơi đặt: {a.Location ?? "—"}; người sử dụng: {a.Custodian ?? "—"}");
        c.Output.Line($"  Đưa vào sử dụng: {VietnameseFormat.Date(a.InService)}; nguồn gốc: {a.Origin.VietnameseName()}; tình trạng: {s.Status.VietnameseName()}");
        c.Output.Line($"  Nguyên giá: {VietnameseFormat.Amount(s.OriginalCost)} (NSNN {VietnameseFormat.Amount(s.Funding.State)}, kinh phí Đảng {VietnameseFormat.Amount(s.Funding.Party)}, khác {VietnameseFormat.Amount(s.Funding.Other)})");
        c.Output.Line($"  Hao mòn lũy kế: {VietnameseFormat.Amount(s.AccumulatedWear)}; giá trị còn lại: {VietnameseFormat.Amount(s.Residual)}" +
            (s.LifeYears is { } l ? $"; thời gian sử dụng sau nâng cấp: {l} năm" : string.Empty));
        c.Output.Line("  Lịch sử:");
        foreach (var h in card.History)
        {
            var amounts = string.Join("; ", new[]
            {
                h.CostChange != 0 ? $"nguyên giá {Signed(h.CostChange)}" : null,
                h.WearChange != 0 ? $"hao mòn {Signed(h.WearChange)}" : null,
                h.Proceeds is { } pr ? $"số thu {VietnameseFormat.Amount(pr)}" : null,
                h.FromUnit is { } from ? $"từ {from} sang {h.Unit}" : null,
                h.ActionId is { } id ? $"đề nghị số {id}" : null,
            }.Where(x => x is not null));
            c.Output.Line($"    {VietnameseFormat.Date(h.Date)}  {h.Kind.VietnameseName()}: {amounts}{(h.Vouchers is { } v ? $" — chứng từ {v}" : string.Empty)}{(h.Reason is { } r ? $" — {r}" : string.Empty)}{(h.By is { } by ? $" ({by})" : string.Empty)}");
        }

        foreach (var x in card.Actions)
        {
            c.Output.Line($"  Đề nghị số {x.Id}: {x.Action.VietnameseName()} ngày {VietnameseFormat.Date(x.Date)} — {AssetActionRequest.StatusName(x.Status)}{(x.Vouchers is { } v ? $", chứng từ {v}" : string.Empty)}");
        }
    }

    private static Command Wear(Func<ParseResult, CliContext> context)
    {
        var year = new Option<int>("--year") { Description = "Năm tính hao mòn", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị (mặc định: mọi đơn vị)" };
        var wear = new Command("wear", "Tính hao mòn TSCĐ của năm (tháng 12) và ghi sổ") { year, unit };
        wear.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var r = await c.Get<RunWear>().RunAsync(p.GetValue(year), p.GetValue(unit)?.Trim(), c.Actor, ct);
            if (r.IsFailure)
            {
                return c.Output.Refuse(r.Errors);
            }

            return PrintRun(c, r.Value, $"Hao mòn năm {r.Value.Year}");
        });
        return wear;
    }

    private static int PrintRun(CliContext c, WearRunReport w, string title)
    {
        if (c.Json)
        {
            c.Output.Json(new
            {
                year = w.Year,
                worn = w.Worn,
                total_wear = w.TotalWear,
                skipped = w.Skipped.Select(s => new { code = s.Code, reason = s.Reason }),
                failed = w.Failed.Select(s => new { code = s.Code, reason = s.Reason }),
                vouchers = w.Vouchers.Select(v => new { unit = v.Unit, wear = v.Wear, revenue = v.Revenue, assets = v.Assets, amount = v.Amount }),
            });
        }
        else
        {
            c.Output.Line($"{title}: {w.Worn} tài sản, tổng {VietnameseFormat.Amount(w.TotalWear)}; bỏ qua {w.Skipped.Count}; lỗi {w.Failed.Count}.");
            foreach (var v in w.Vouchers)
            {
                c.Output.Line($"  {v.Unit}: {v.Assets} tài sản, {VietnameseFormat.Amount(v.Amount)} — chứng từ {v.Wear}{(v.Revenue.Length > 0 ? $", kết chuyển {v.Revenue}" : string.Empty)}");
            }

            foreach (var f in w.Failed)
            {
                c.Output.Line($"  Lỗi {f.Code}: {f.Reason}");
            }

            foreach (var s in w.Skipped)
            {
                c.Output.Line($"  Bỏ qua {s.Code}: {s.Reason}");
            }
        }

        return w.Failed.Count > 0 ? ExitCodes.Refused : ExitCodes.Success;
    }

    private static Command Depreciate(Func<ParseResult, CliContext> context)
    {
        var month = new Option<string?>("--month") { Description = "Tháng trích khấu hao (yyyy-MM hoặc MM/yyyy)", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị (mặc định: mọi đơn vị)" };
        var depreciate = new Command("depreciate", "Trích khấu hao tháng của tài sản dùng cho hoạt động kinh doanh (đơn vị sự nghiệp)") { month, unit };
        depreciate.SetAction(async (p, ct) =>
        {
            var c = context(p);
            if (!Arguments.TryMonth(p.GetValue(month), out var year, out var m))
            {
                throw Arguments.BadMonth("--month", p.GetValue(month));
            }

            var r = await c.Get<RunDepreciation>().RunAsync(year, m, p.GetValue(unit)?.Trim(), c.Actor, ct);
            return r.IsFailure ? c.Output.Refuse(r.Errors) : PrintRun(c, r.Value, $"Khấu hao tháng {m:00}/{year}");
        });
        return depreciate;
    }

    private static Command Stocktake(Func<ParseResult, CliContext> context)
    {
        var unit = new Option<string>("--unit") { Description = "Mã đơn vị", Required = true };
        var date = new Option<string?>("--date") { Description = "Ngày kiểm kê (yyyy-MM-dd hoặc dd/MM/yyyy)", Required = true };
        var start = new Command("start", "Lập phiếu kiểm kê: danh sách tài sản đơn vị đang sử dụng") { unit, date };
        start.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var r = await c.Get<StocktakeUseCases>().StartAsync(p.GetValue(unit)!.Trim(), OptionalDate(p, date)!.Value, c.Actor, ct);
            return Sheet(c, r, s => $"Đã lập phiếu kiểm kê số {s.Id} của {s.Unit} ngày {VietnameseFormat.Date(s.Date)}: {s.Lines.Count} tài sản cần kiểm đếm.");
        });

        var sheet = new Argument<long>("sheet") { Description = "Số phiếu kiểm kê", HelpName = "số" };
        var file = new Argument<string>("counts.csv");
        var count = new Command("count", "Ghi kết quả kiểm đếm (code,found[,note]; tài sản thừa thêm name,class,original_cost,in_service)") { sheet, file };
        count.SetAction(async (p, ct) =>
        {
            var c = context(p);
            return await InputFile.ReadAsync(c, p.GetValue(file)!, async f =>
            {
                var r = await c.Get<StocktakeUseCases>().CountAsync(p.GetValue(sheet), f, c.Actor, ct);
                return r.IsFailure ? c.Output.Refuse(r.Errors, f.Name) : Sheet(c, r, s =>
                    $"Phiếu {s.Id}: đã kiểm đếm {s.Lines.Count(l => l.Found is not null)}/{s.Lines.Count(l => l.Expected)} tài sản; thiếu {s.Lines.Count(l => l.IsShortage)}, thừa {s.Lines.Count(l => l.IsSurplus)}.");
            });
        });

        var close = new Command("close", "Đóng phiếu; trình xử lý tài sản thiếu, thừa theo phân cấp") { sheet };
        close.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var r = await c.Get<StocktakeUseCases>().CloseAsync(p.GetValue(sheet), c.Actor, ct);
            if (r.IsFailure)
            {
                return c.Output.Refuse(r.Errors);
            }

            var numbers = c.Get<ApprovalNumbers>();
            var decided = new List<(StocktakeLine Line, AssetActionRequest Action, ApprovalRequest Approval, long Number)>();
            foreach (var (line, action, approval) in r.Value.Decisions)
            {
                decided.Add((line, action, approval, await numbers.NumberOfAsync(approval.Id, ct)));
            }

            if (c.Json)
            {
                c.Output.Json(new
                {
                    sheet = r.Value.Sheet.Id,
                    status = "closed",
                    decisions = decided.Select(d => new
                    {
                        code = d.Line.AssetCode,
                        kind = d.Line.IsShortage ? "shortage" : "surplus",
                        action_id = d.Action.Id,
                        action = d.Action.Action.Code(),
                        approval = d.Number,
                        decider = d.Approval.Decision.Decider.ToSlug(),
                        citation = d.Approval.Decision.Citation,
                    }),
                });
                return ExitCodes.Success;
            }

            c.Output.Line($"Đã đóng phiếu kiểm kê số {r.Value.Sheet.Id}; {decided.Count} tài sản chờ quyết định xử lý.");
            foreach (var d in decided)
            {
                c.Output.Line($"  {(d.Line.IsShortage ? "Thiếu" : "Thừa")} {d.Line.AssetCode}: đề nghị số {d.Action.Id}, hồ sơ duyệt số {d.Number} — {d.Approval.Decision.Decider.VietnameseName()} theo {d.Approval.Decision.RuleApplied}");
            }

            return ExitCodes.Success;
        });
        return new Command("stocktake", "Kiểm kê tài sản hằng năm") { start, count, close };
    }

    private static int Sheet(CliContext c, Result<Stocktake> r, Func<Stocktake, string> text)
    {
        if (r.IsFailure)
        {
            return c.Output.Refuse(r.Errors);
        }

        if (c.Json)
        {
            c.Output.Json(new
            {
                sheet = r.Value.Id,
                unit = r.Value.Unit,
                date = r.Value.Date,
                status = r.Value.Status == StocktakeStatus.Open ? "open" : "closed",
                lines = r.Value.Lines.Select(l => new { code = l.AssetCode, expected = l.Expected, found = l.Found, note = l.Note }),
            });
        }
        else
        {
            c.Output.Line(text(r.Value));
        }

        return ExitCodes.Success;
    }

    private static Command Upgrade(Func<ParseResult, CliContext> context)
    {
        var code = new Argument<string>("code") { Description = "Mã tài sản", HelpName = "mã" };
        var date = new Option<string?>("--date") { Description = "Ngày hoàn thành nâng cấp (yyyy-MM-dd hoặc dd/MM/yyyy)", Required = true };
        var amount = Arguments.Amount("--amount", "Giá trị nâng cấp ghi tăng nguyên giá (đã tập hợp trên TK 2413)");
        var share = new Option<string?>("--share") { Description = "Phần vốn hình thành: state (mặc định), party, other" };
        var reason = new Option<string?>("--reason") { Description = "Căn cứ (số biên bản thay đổi nguyên giá)", Required = true };
        var upgrade = new Command("upgrade", "Ghi tăng nguyên giá do nâng cấp; tính lại thời gian sử dụng còn lại") { code, date, amount, share, reason };
        upgrade.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var part = FundingShare.State;
            if (p.GetValue(share) is { } text && !FundingShares.TryParse(text, out part))
            {
                throw new UsageException($"--share '{text}' không hợp lệ; chọn một trong: state, party, other.");
            }

            var r = await c.Get<UpgradeAsset>().RunAsync(p.GetValue(code)!, OptionalDate(p, date)!.Value, p.GetValue(amount), part, p.GetValue(reason), c.Actor, ct);
            if (r.IsFailure)
            {
                return c.Output.Refuse(r.Errors);
            }

            var s = r.Value.State;
            if (c.Json)
            {
                c.Output.Json(new { code = r.Value.Asset.Code, original_cost = s.OriginalCost, accumulated_wear = s.AccumulatedWear, residual = s.Residual, life_years = s.LifeYears, voucher = r.Value.Voucher });
            }
            else
            {
                c.Output.Line($"Đã ghi tăng nguyên giá tài sản {r.Value.Asset.Code}: {VietnameseFormat.Amount(s.OriginalCost)}; thời gian sử dụng tính lại {s.LifeYears} năm — chứng từ {r.Value.Voucher}.");
            }

            return ExitCodes.Success;
        });
        return upgrade;
    }

    private static Command Action(Func<ParseResult, CliContext> context, AssetAction action)
    {
        var code = new Argument<string>("code") { Description = "Mã tài sản", HelpName = "mã" };
        var date = new Option<string?>("--date") { Description = "Ngày thực hiện (yyyy-MM-dd hoặc dd/MM/yyyy)", Required = true };
        var reason = new Option<string?>("--reason") { Description = "Lý do (bắt buộc)", Required = true };
        var command = new Command(action.Code(), $"Đề nghị {action.VietnameseName().ToLowerInvariant()} tài sản; ghi sổ khi cấp có thẩm quyền duyệt") { code, date, reason };
        var to = new Option<string?>("--to") { Description = "Đơn vị nhận" };
        var proceeds = Arguments.OptionalAmount("--proceeds", "Số tiền thu được (bán, thanh lý)");
        if (action.MovesToUnit())
        {
            to.Required = true;
            command.Options.Add(to);
        }

        if (action is AssetAction.Sell or AssetAction.Liquidate)
        {
            command.Options.Add(proceeds);
        }

        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var r = await c.Get<RequestAssetAction>().RunAsync(action, p.GetValue(code)!, OptionalDate(p, date)!.Value,
                action.MovesToUnit() ? p.GetValue(to) : null, action is AssetAction.Sell or AssetAction.Liquidate ? p.GetValue(proceeds) : null, p.GetValue(reason), c.Actor, ct);
            if (r.IsFailure)
            {
                return c.Output.Refuse(r.Errors);
            }

            var (x, approval) = (r.Value.Action, r.Value.Approval);
            var number = await c.Get<ApprovalNumbers>().NumberOfAsync(approval.Id, ct);
            if (c.Json)
            {
                c.Output.Json(new
                {
                    action_id = x.Id,
                    action = x.Action.Code(),
                    asset = x.AssetCode,
                    date = x.Date,
                    to_unit = x.ToUnit,
                    proceeds = x.Proceeds,
                    original_cost = r.Value.State.OriginalCost,
                    approval = ApprovalView.Json(approval, number),
                });
                return ExitCodes.Success;
            }

            c.Output.Line($"Đã lập đề nghị số {x.Id}: {x.Action.VietnameseName().ToLowerInvariant()} tài sản {x.AssetCode} (nguyên giá {VietnameseFormat.Amount(r.Value.State.OriginalCost)}) ngày {VietnameseFormat.Date(x.Date)}" +
                (x.ToUnit is { } t ? $" sang {t}" : string.Empty) + ".");
            c.Output.Line($"Thẩm quyền quyết định: {approval.Decision.Decider.VietnameseName()} theo {approval.Decision.RuleApplied} (quyết định {approval.Decision.DecisionNo}).");
            c.Output.Line("Chuỗi duyệt: " + ApprovalView.Chain(approval));
            c.Output.Line($"Chứng từ chỉ được ghi sổ khi cấp cuối cùng duyệt: partyfinance approval approve {number} --decision-no … --date … --by …");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Signed(long amount) => (amount > 0 ? "+" : "−") + VietnameseFormat.Amount(Math.Abs(amount));

    private static string Verified(string mark) => mark switch
    {
        "V" => "đã xác minh",
        "S" => "nguồn thứ cấp",
        _ => "chưa xác minh",
    };
}
