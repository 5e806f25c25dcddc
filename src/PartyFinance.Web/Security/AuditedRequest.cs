using System.Text.Json;
using PartyFinance.Application.Common;

namespace PartyFinance.Web.Security;

/// <summary>
/// What the audit trail records beside the signed-in user for a change made through the web: the request as its command
/// ("web POST /api/periods/unlock") and the reason the form or JSON body gives (the field "reason"), as the CLI records
/// its command and `--reason`. Runs after authentication, so the acting user is known when the audit context is made.
/// </summary>
public sealed class AuditedRequest(RequestDelegate next)
{
    /// <summary>A JSON body is read for its reason up to this size (the API's bodies are small; imports are forms).</summary>
    private const long JsonLimit = 64 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && context.User.Identity?.IsAuthenticated == true)
        {
            var audit = context.RequestServices.GetRequiredService<AuditContext>();
            audit.Command = $"web {request.Method} {request.Path}";
            try
            {
                audit.Reason = await ReasonAsync(request, context.RequestAborted);
            }
            catch (InvalidDataException e)
            {
                // A form body that cannot be read (a cut or malformed multipart upload) is the caller's fault, refused before any endpoint runs.
                const string Message = "Không đọc được nội dung gửi lên (biểu mẫu hoặc tệp bị hỏng): ";
                if (request.Path.StartsWithSegments("/api"))
                {
                    await Api.Problems.Write(context, StatusCodes.Status400BadRequest, Api.Problems.BadRequest, Message + e.Message);
                }
                else
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    context.Response.ContentType = "text/plain; charset=utf-8";
                    await context.Response.WriteAsync(Message + e.Message, context.RequestAborted);
                }

                return;
            }
        }

        await next(context);
    }

    private static async Task<string?> ReasonAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            return Given(form["reason"].ToString());
        }

        if (request.HasJsonContentType() && request.ContentLength is null or (> 0 and <= JsonLimit) && request.Body.CanSeek)
        {
            try
            {
                var buffer = new byte[JsonLimit + 1];
                var read = 0;
                for (int n; read < buffer.Length && (n = await request.Body.ReadAsync(buffer.AsMemory(read), ct)) > 0;)
                {
                    read += n;
                }

                if (read > JsonLimit)
                {
                    return null;
                }

                using var doc = JsonDocument.Parse(buffer.AsMemory(0, read));
                return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String
                    ? Given(r.GetString())
                    : null;
            }
            catch (JsonException)
            {
                return null; // the endpoint refuses the body itself, naming the field
            }
            finally
            {
                request.Body.Position = 0;
            }
        }

        return null;
    }

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize(System.Text.NormalizationForm.FormC);
}
