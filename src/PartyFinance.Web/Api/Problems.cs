using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Common;

namespace PartyFinance.Web.Api;

/// <summary>
/// Refusals as RFC 9457 ProblemDetails: the status from <see cref="Refusals"/> (the one mapping the CLI's
/// exit codes use too), the first Vietnamese message as detail, its stable code, and every error with
/// its field and row.
/// </summary>
public static class Problems
{
    public static IResult From(IReadOnlyList<DomainError> errors)
    {
        var status = Refusals.HttpStatus(Refusals.KindOf(errors));
        return TypedResults.Problem(Details(status, errors));
    }

    public static IResult From(Result refused) => From(refused.Errors);

    public static IResult Result(int status, string code, string message, string? field = null) => From(status, [new DomainError(code, message, field)]);

    public static IResult From(int status, IReadOnlyList<DomainError> errors) => TypedResults.Problem(Details(status, errors));

    public static ProblemDetails Details(int status, IReadOnlyList<DomainError> errors)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Title = status switch
            {
                403 => "Không được phép",
                404 => "Không tìm thấy",
                409 => "Xung đột: dữ liệu vừa thay đổi",
                400 => "Yêu cầu không hợp lệ",
                401 => "Chưa đăng nhập",
                _ => "Bị từ chối",
            },
            Detail = errors.Count == 1 ? errors[0].Describe() : string.Join(" ", errors.Select(e => e.Describe())),
            Type = "https://partyfinance.invalid/errors/" + errors[0].Code,
        };
        problem.Extensions["code"] = errors[0].Code;
        problem.Extensions["errors"] = errors.Select(e => new { code = e.Code, message = e.Message, field = e.Field, row = e.Row }).ToList();
        return problem;
    }

    public static async Task Write(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        await http.Response.WriteAsJsonAsync(Details(status, [new DomainError(code, message)]), options: null, contentType: "application/problem+json");
    }

    /// <summary>The stable code of a request whose body or query cannot be read (malformed JSON, a value of the wrong type, a forbidden character).</summary>
    public const string BadRequest = "api.bad-request";

    /// <summary>An unexpected failure: 500, a Vietnamese message, nothing of the exception shown. A request that cannot be read is 400, naming its field.</summary>
    public static Task UnexpectedAsync(HttpContext http)
    {
        var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is BadHttpRequestException bad && http.Request.Path.StartsWithSegments("/api"))
        {
            return WriteBadRequest(http, bad);
        }

        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PartyFinance.Web").LogError(error, "Unexpected failure on {Path}", http.Request.Path);
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            return Write(http, StatusCodes.Status500InternalServerError, "unexpected", "Lỗi ngoài dự kiến; thao tác không được ghi. Xem nhật ký máy chủ.");
        }

        http.Response.Redirect("/loi");
        return Task.CompletedTask;
    }

    private static async Task WriteBadRequest(HttpContext http, BadHttpRequestException bad)
    {
        var json = Chain(bad).OfType<System.Text.Json.JsonException>().FirstOrDefault();
        // "$.lines[0].debit" → "lines[0].debit": the field as the body names it.
        var field = json?.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
        var why = json is null ? "yêu cầu không đọc được (thiếu hoặc sai tham số)"
            : json.Message.Contains("U+", StringComparison.Ordinal) ? json.Message
            : "giá trị không đúng kiểu (số tiền là số nguyên đồng, ngày dạng yyyy-MM-dd) hoặc JSON không hợp lệ";
        // A query value: 'Failed to bind parameter "int year" from "abc".' names the parameter last inside the first quotes.
        field ??= json is null && bad.Message.Split('"') is { Length: > 2 } parts ? parts[1].Split(' ')[^1] : null;
        var error = new DomainError(BadRequest, why + ".", field);
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        await http.Response.WriteAsJsonAsync(Details(StatusCodes.Status400BadRequest, [error]), options: null, contentType: "application/problem+json");
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            yield return x;
        }
    }
}
