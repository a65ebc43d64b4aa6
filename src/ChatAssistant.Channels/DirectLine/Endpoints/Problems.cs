using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatAssistant.Channels.DirectLine.Endpoints;

/// <summary>Errors as ProblemDetails JSON with a plain reason in <c>detail</c>.</summary>
internal static class Problems
{
    public static ProblemHttpResult Of(int status, string reason) => TypedResults.Problem(detail: reason, statusCode: status, title: Title(status));

    private static string Title(int status) => status switch
    {
        400 => "Bad request",
        401 => "Missing credentials",
        403 => "Forbidden",
        404 => "Not found",
        413 => "Too large",
        415 => "Unsupported content",
        429 => "Too many requests",
        503 => "Temporarily unavailable",
        _ => "Error",
    };
}
