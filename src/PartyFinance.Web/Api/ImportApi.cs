using System.Globalization;
using PartyFinance.Application.Assets;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Web.Imports;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Api;

/// <summary>
/// /api/imports: every import the screens offer (<see cref="ImportKind"/>: vouchers, balances, estimates, assets, tools, units,
/// asset-classes, rule-sets) as an upload in the multipart field <c>file</c>; <c>check=true</c> runs the import's dry run (the
/// whole error list, or what it would store: nothing is stored), without it the file is imported (checked again, all or
/// nothing). <c>date</c> is a register's take-over date (assets, tools). The same permission as the screen, then the use
/// case's own check of every unit a row names. Also the asset class list and the tools' year end.
/// </summary>
public static class ImportApi
{
    public sealed record ToolCloseBody(int Year, string? Unit);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/imports", async (HttpContext http, IEnumerable<ImportKind> kinds) =>
        {
            var reach = (await Current.ReachAsync(http))!;
            return Results.Ok(kinds.Where(k => TwoStepImportModel.Offers(reach, k.Permission)).Select(k => new
            {
                kind = k.Key,
                name = k.Name,
                command = k.Command,
                screen = k.Path,
                columns = k.Screen.Columns,
                takes_date = k.Screen.HasDate,
            }));
        }).WithSummary("Các loại tệp người dùng được nhập (mỗi loại một màn hình và một lệnh CLI)");

        api.MapPost("/imports/{kind}", async (string kind, bool? check, string? date, HttpRequest request, IEnumerable<ImportKind> kinds) =>
        {
            var http = request.HttpContext;
            if (kinds.FirstOrDefault(k => k.Key == kind) is not { } import)
            {
                return Problems.Result(StatusCodes.Status404NotFound, ImportErrors.UnknownKind,
                    $"Không có loại nhập '{kind}'; các loại: {string.Join(", ", kinds.Select(k => k.Key))}.", "kind");
            }

            if (!TwoStepImportModel.Offers((await Current.ReachAsync(http))!, import.Permission))
            {
                return Problems.Result(StatusCodes.Status403Forbidden, AccessErrors.NotPermitted, $"Vai trò của bạn không được nhập {import.Screen.FileLabel} (lệnh {import.Command}).");
            }

            DateOnly? on = null;
            if (!string.IsNullOrWhiteSpace(date))
            {
                if (!import.Screen.HasDate)
                {
                    return Problems.Result(StatusCodes.Status400BadRequest, ImportErrors.BadDate, $"Tệp {import.Screen.FileLabel} không nhận ngày nhận sổ.", "date");
                }

                if (TwoStepImportModel.ReadDate(date, out on) is { } bad)
                {
                    return Problems.From(StatusCodes.Status400BadRequest, [bad]);
                }
            }

            var (file, refused) = await UploadAsync(request, import.Screen.FileLabel);
            if (file is null)
            {
                return refused!;
            }

            await using var content = file.OpenReadStream();
            var upload = new ImportFile(content, Path.GetFileName(file.FileName));
            var by = Current.Login(http);
            var outcome = check == true ? await import.CheckAsync(upload, on, by, http.RequestAborted) : await import.ImportAsync(upload, on, by, http.RequestAborted);
            return !outcome.Succeeded ? Problems.From(outcome.Errors)
                : Results.Ok(new { kind = import.Key, checked_only = check == true, summary = outcome.Summary, figures = outcome.Figures });
        }).WithSummary("Nhập một tệp CSV (check=true: chỉ kiểm tra, không ghi; date: ngày nhận sổ tài sản, công cụ)");

        api.MapGet("/asset-classes", async (string? year, ListAssetClasses classes, CancellationToken ct) =>
        {
            int? y = null;
            if (!string.IsNullOrWhiteSpace(year))
            {
                if (Year(year) is not { } read)
                {
                    return BadYear(year);
                }

                y = read;
            }

            return Results.Ok((await classes.RunAsync(y, ct)).Select(k => new
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
        }).WithSummary("Danh mục loại tài sản cố định (year: chỉ các loại có hiệu lực trong năm)");

        api.MapPost("/tools/close-year", async (ToolCloseBody body, HttpContext http, ToolRegister register) =>
        {
            if (body.Year < VietnameseInput.EarliestDate.Year || body.Year > VietnameseInput.LatestDate.Year)
            {
                return BadYear(body.Year.ToString(CultureInfo.InvariantCulture));
            }

            var unit = string.IsNullOrWhiteSpace(body.Unit) ? null : body.Unit.Trim();
            if (unit is not null && !(await Current.ReachAsync(http))!.Sees(unit))
            {
                return BudgetApi.NotYours(unit);
            }

            var run = await register.CloseYearAsync(body.Year, unit, Current.Login(http), http.RequestAborted);
            return run.IsFailure ? Problems.From(run.Errors) : Results.Ok(new
            {
                year = body.Year,
                total = run.Value.Aggregate(0L, (sum, u) => checked(sum + u.Value)),
                units = run.Value.Select(u => new { unit = u.Unit, value = u.Value, tools = u.Tools, voucher = u.Voucher }),
            });
        }).WithSummary("Cuối năm: kết chuyển giá trị công cụ, dụng cụ đã xuất dùng (Nợ 36612 / Có 511), mỗi đơn vị một chứng từ");
    }

    /// <summary>
    /// The uploaded file of the multipart field <c>file</c>, or the refusal: 422 when there is none or it is empty, 400
    /// <c>api.bad-request</c> when the body is not a readable multipart form (a cut or malformed upload).
    /// </summary>
    public static async Task<(IFormFile? File, IResult? Refused)> UploadAsync(HttpRequest request, string label)
    {
        IFormCollection? form = null;
        if (request.HasFormContentType)
        {
            try
            {
                form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
            {
                return (null, Problems.Result(StatusCodes.Status400BadRequest, Problems.BadRequest, $"Không đọc được nội dung gửi lên (multipart/form-data): {e.Message}", "file"));
            }
        }

        return form?.Files.GetFile("file") is { Length: > 0 } file ? (file, null)
            : (null, Problems.Result(StatusCodes.Status422UnprocessableEntity, ImportErrors.EmptyFile, $"Gửi tệp {label} (CSV) trong trường 'file' (multipart/form-data).", "file"));
    }

    /// <summary>A year as typed, within the range every date of the product lies in (1900–2100); null when it is not one.</summary>
    private static int? Year(string text) => VietnameseInput.TryYear(text, out var y) ? y : null;

    private static IResult BadYear(string text) => Problems.Result(StatusCodes.Status400BadRequest, LedgerErrors.BadPeriod,
        $"Năm '{text}' không hợp lệ ({VietnameseInput.YearForms}).", "year");
}
