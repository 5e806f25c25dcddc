using Microsoft.AspNetCore.Antiforgery;

namespace PartyFinance.Web.Security;

/// <summary>
/// Antiforgery for the JSON API: every unsafe call (POST, PUT, DELETE) carries the token of
/// GET /api/antiforgery in the <see cref="HeaderName"/> header, like the hidden field of every form.
/// A call without it, or with a token of another session, is refused with 400 and code antiforgery.invalid.
/// </summary>
public static class Antiforgery
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public static async ValueTask<object?> Require(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        {
            return await next(context);
        }

        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
        bool valid;
        try
        {
            valid = await antiforgery.IsRequestValidAsync(http);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // The token may come in a form field, so a form body is read first: one that cannot be read is the caller's fault.
            return Api.Problems.Result(StatusCodes.Status400BadRequest, Api.Problems.BadRequest, $"Không đọc được nội dung gửi lên: {e.Message}");
        }

        if (!valid)
        {
            return Api.Problems.Result(StatusCodes.Status400BadRequest, "antiforgery.invalid",
                $"Thiếu hoặc sai mã chống giả mạo yêu cầu: lấy mã bằng GET /api/antiforgery và gửi trong tiêu đề {HeaderName}.");
        }

        return await next(context);
    }
}
