using PartyFinance.Web.Reporting;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Api;

/// <summary>/api/reports: the reports in force for a year, and their export as one .xlsx workbook.</summary>
public static class ReportApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/reports", (int year, ReportDownload download) =>
            Results.Ok(download.InForce(year).Select(d => new { code = d.Code, form = d.Form, name = d.Name, valid_from = d.ValidFrom, valid_to = d.ValidTo, verified = d.Verified })))
            .WithSummary("Các báo cáo có hiệu lực trong năm");

        api.MapGet("/reports/export", async (int year, string? unit, string? reports, HttpContext http, ReportDownload download) =>
        {
            var codes = reports?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var done = await download.RunAsync((await Current.ReachAsync(http))!, year, unit, codes, http.RequestAborted);
            return done.IsFailure ? Problems.From(done.Errors) : Results.File(done.Value.Workbook, ReportDownload.ContentType, done.Value.FileName);
        }).WithSummary("Xuất báo cáo ra tệp Excel (.xlsx), mỗi báo cáo một trang tính");
    }
}
