using PartyFinance.Application.Common;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Ledger;
using PartyFinance.Web.Ledger;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Api;

/// <summary>
/// /api/close: the year-end close (`close year`) started in the background (202, then poll GET /api/close/{year}: the
/// step running, the outcome, every step's stored state per unit the user sees); /api/vouchers/import: `voucher import`
/// of an uploaded CSV, with check=true a dry run that stores nothing and answers the whole error list or what would be stored.
/// </summary>
public static class CloseApi
{
    public sealed record CloseBody(int Year, string? Unit, DateOnly? Date);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/close/{year:int}", async (int year, HttpContext http, IYearCloseStore steps, YearCloseRuns runs) =>
        {
            var reach = (await Current.ReachAsync(http))!;
            var run = runs.Of(year);
            return Results.Ok(new
            {
                year,
                running = run is { Done: false },
                step = run?.Step?.Code(),
                step_number = run?.Step is { } s ? YearCloseRun.Number(s) : (int?)null,
                step_count = YearCloseRun.StepCount,
                complete = run?.Report?.Complete,
                failed = run?.Report?.Failed,
                errors = run?.Errors.Select(e => new { code = e.Code, message = e.Message }),
                steps = reach.Visible(await steps.StepsAsync(year, http.RequestAborted), r => r.Unit)
                    .Select(r => new { unit = r.Unit, step = r.Step.Code(), name = r.Step.VietnameseName(), state = r.State.Code(), detail = r.Detail, by = r.By, at = r.At }),
            });
        }).WithSummary("Khóa sổ năm: bước đang chạy, kết quả, trạng thái từng bước của từng đơn vị");

        api.MapPost("/close", async (CloseBody body, HttpContext http, IServiceProvider services, YearCloseRuns runs, TimeProvider clock) =>
        {
            var reach = (await Current.ReachAsync(http))!;
            var units = await services.GetRequiredService<Application.Organisation.UnitDirectory>().ListAsync(http.RequestAborted);
            var scope = string.IsNullOrWhiteSpace(body.Unit) ? null : body.Unit.Trim();
            if (scope is null ? !reach.May(Permission.CloseYear, null) : !reach.May(Permission.CloseYear, scope) || !units.Any(u => u.Code == scope))
            {
                return Problems.Result(StatusCodes.Status403Forbidden, AccessErrors.NotPermitted, scope is null
                    ? "Chỉ người có quyền khóa sổ năm cho toàn tỉnh được khóa sổ mọi đơn vị; chọn đơn vị."
                    : $"Không được khóa sổ năm của đơn vị {scope}.");
            }

            var date = body.Date ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            return runs.Start(body.Year, scope, date, Current.Login(http))
                ? Results.Accepted($"/api/close/{body.Year}", new { year = body.Year, unit = scope, date })
                : Problems.Result(StatusCodes.Status409Conflict, "close.running", $"Khóa sổ năm {body.Year} đang chạy; xem tiến độ ở GET /api/close/{body.Year}.");
        }).WithSummary("Bắt đầu khóa sổ năm (chạy nền; 202, rồi xem GET /api/close/{year})");

        api.MapPost("/vouchers/import", async (bool? check, HttpRequest request, CheckVoucherImport dryRun, ImportVouchers import) =>
        {
            var (file, refused) = await ImportApi.UploadAsync(request, "chứng từ");
            if (file is null)
            {
                return refused!;
            }

            await using var content = file.OpenReadStream();
            var upload = new ImportFile(content, Path.GetFileName(file.FileName));
            var by = Current.Login(request.HttpContext);
            var report = check == true ? await dryRun.RunAsync(upload, by, request.HttpContext.RequestAborted) : await import.RunAsync(upload, by, request.HttpContext.RequestAborted);
            return !report.Succeeded ? Problems.From(report.Errors) : Results.Ok(new
            {
                checked_only = check == true,
                rows = report.Rows,
                stored = check == true ? 0 : report.Stored,
                would_store = check == true ? report.Stored : (int?)null,
                skipped = report.Skipped,
                first_number = check == true ? null : report.FirstNumber,
                last_number = check == true ? null : report.LastNumber,
            });
        }).WithSummary("Nhập chứng từ từ tệp CSV (check=true: chỉ kiểm tra, không ghi)");
    }
}
