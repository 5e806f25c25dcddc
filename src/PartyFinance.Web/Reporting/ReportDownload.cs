using PartyFinance.Application.Authority;
using PartyFinance.Application.Reporting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Web.Reporting;

/// <summary>
/// `report export` for the browser: the chosen reports of a year as one .xlsx workbook, for one unit the
/// user sees, or the whole province for a province-wide user only. Built in memory, then sent.
/// </summary>
public sealed class ReportDownload(ExportReports export, BuildReport build, TimeProvider clock)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public IReadOnlyList<ReportDefinition> InForce(int year) =>
        build.Catalog.All.Where(d => d.IsValidFor(year)).DistinctBy(d => d.Code).OrderBy(d => d.Code, StringComparer.Ordinal).ToList();

    public async Task<Result<(byte[] Workbook, string FileName)>> RunAsync(UserReach reach, int year, string? unit, IReadOnlyList<string>? codes, CancellationToken ct)
    {
        var scope = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        if (scope is null ? !reach.Province : !reach.Sees(scope))
        {
            return new DomainError(Application.Common.AccessErrors.NotPermitted,
                scope is null ? "Chỉ người có vai trò toàn tỉnh được xuất báo cáo tổng hợp toàn tỉnh; chọn đơn vị." : $"Không được xem dữ liệu của đơn vị {scope}.", "unit");
        }

        // The export closes its stream when written; a closed MemoryStream still gives its bytes (ToArray).
        var buffer = new MemoryStream();
        var signed = new SignaturePlace("……………", DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        var written = await export.RunAsync(codes, year, scope, signed, () => buffer, ct);
        if (written.IsFailure)
        {
            return Result.Failure<(byte[], string)>(written.Errors);
        }

        var name = $"bao-cao-{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}-{scope ?? "toan-tinh"}.xlsx";
        return Result.Success((buffer.ToArray(), name));
    }
}
