using PartyFinance.Composition;

namespace PartyFinance.Web.Startup;

/// <summary>
/// A request whose unit of work failed transiently — a PostgreSQL serialization failure or deadlock, which rolled the
/// transaction back, or a connection refused before any work — runs again from the start, as the CLI reruns a command,
/// at most <see cref="DatabaseConflicts.Attempts"/> times with a doubling wait. The request body is buffered so the
/// form or JSON can be read again; a response already started is never retried (the user has seen part of it).
/// </summary>
public sealed class ConflictRetry(RequestDelegate next, ILogger<ConflictRetry> log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Request.EnableBuffering();
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await next(context);
                return;
            }
            catch (Exception e) when (attempt < DatabaseConflicts.Attempts && DatabaseConflicts.IsTransient(e) && !context.Response.HasStarted
                && (context.Request.Body.CanSeek || context.Request.ContentLength is null or 0))
            {
                log.LogWarning(e, "Yêu cầu {Method} {Path} gặp xung đột cơ sở dữ liệu; chạy lại lần {Attempt}.", context.Request.Method, context.Request.Path, attempt);
                if (context.Request.Body.CanSeek)
                {
                    context.Request.Body.Position = 0;
                }

                context.Response.Clear();
                await Task.Delay(DatabaseConflicts.Delay(attempt), context.RequestAborted);
            }
        }
    }
}
