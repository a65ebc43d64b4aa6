using ChatAssistant.Core.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ChatAssistant.Host.Hosting;

/// <summary>
/// The store is away (PostgreSQL unreachable, the LiteDB disk failing): the request gets 503 "try again" with
/// Retry-After instead of a 500. Nothing half-written stays; a web chat resends, Telegram redelivers its webhook.
/// </summary>
internal sealed partial class StoreUnavailableHandler(IProblemDetailsService problems, ILogger<StoreUnavailableHandler> logger) : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not StoreUnavailableException unavailable)
        {
            return false;
        }

        Log.Unavailable(logger, httpContext.Request.Path, unavailable.Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Service temporarily unavailable",
                Detail = "The service cannot store messages right now. Nothing was lost; try again in a few seconds.",
            },
        });
    }

    private static partial class Log
    {
        [LoggerMessage(LogLevel.Warning, "{Path}: 503, the store is unavailable ({Reason})")]
        public static partial void Unavailable(ILogger logger, string path, string reason);
    }
}
