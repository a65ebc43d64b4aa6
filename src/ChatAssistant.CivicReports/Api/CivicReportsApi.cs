using System.Security.Claims;
using ChatAssistant.CivicReports.Status;
using ChatAssistant.CivicReports.Storage;
using ChatAssistant.Core.Codes;
using ChatAssistant.Core.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace ChatAssistant.CivicReports.Api;

/// <summary>
/// /api/civic-reports for integrations and the console: volunteers and coordinators of the tenant (the people at the
/// desks who forward reports to the offices; committees publish announcements, they do not handle citizens' reports).
/// Another tenant's report is 404, an unknown status 400, a backwards move 409; each with the reason.
/// </summary>
public static class CivicReportsApi
{
    public const string Path = "/api/civic-reports";

    public static IEndpointRouteBuilder MapCivicReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Path).RequireAuthorization(StaffPolicies.Volunteer).WithTags("CivicReports");
        api.MapGet("/", List);
        api.MapGet("/{code}", Get);
        api.MapGet("/{code}/photo", GetPhoto);
        api.MapPost("/{code}/status", ChangeStatus);
        return app;
    }

    public static async Task<Results<Ok<List<CivicReportView>>, ProblemHttpResult>> List(
        ClaimsPrincipal user, ICivicReportStore store, IOptions<CivicReportOptions> options, string? tenant, string? status, string? category, CancellationToken cancellationToken)
    {
        if (OwnTenant(user, tenant) is not { } own)
        {
            return NotFound("No such municipality", $"There is no municipality '{tenant}' among yours.");
        }

        CivicReportStatus? wanted = null;
        if (!string.IsNullOrEmpty(status))
        {
            wanted = CivicStatusNames.Parse(status);
            if (wanted is null)
            {
                return BadRequest($"Unknown status '{status}': use one of {string.Join(", ", CivicStatusNames.All)}.");
            }
        }

        if (!string.IsNullOrEmpty(category) && !CivicCategories.IsKnown(category))
        {
            return BadRequest($"Unknown category '{category}': use one of {string.Join(", ", CivicCategories.All)}.");
        }

        var reports = await store.ListAsync(own, wanted, string.IsNullOrEmpty(category) ? null : category, options.Value.ListLimit, cancellationToken);
        return TypedResults.Ok(reports.Select(CivicReportView.Of).ToList());
    }

    public static async Task<Results<Ok<CivicReportView>, ProblemHttpResult>> Get(string code, ClaimsPrincipal user, ICivicReportStore store, CancellationToken cancellationToken) =>
        await FindAsync(code, user, store, cancellationToken) is { } report ? TypedResults.Ok(CivicReportView.Of(report)) : NoReport(code);

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetPhoto(string code, ClaimsPrincipal user, ICivicReportStore store, HttpContext http, CancellationToken cancellationToken)
    {
        if (await FindAsync(code, user, store, cancellationToken) is not { } report || await store.GetPhotoAsync(report.TenantId, report.Code, cancellationToken) is not { } photo)
        {
            return NotFound("No photo", $"The report {code} has no photo here.");
        }

        // Personal data: never kept by a browser or proxy cache.
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(photo.Bytes, photo.ContentType);
    }

    public static async Task<Results<Ok<CivicReportView>, ProblemHttpResult>> ChangeStatus(
        string code, StatusChangeRequest? request, ClaimsPrincipal user, StatusMoves moves, CancellationToken cancellationToken)
    {
        if (OwnTenant(user, null) is not { } own || ShortCodes.Normalize(code) is not { } normalized)
        {
            return NoReport(code);
        }

        var result = await moves.MoveAsync(own, normalized, request?.Status, request?.Note, cancellationToken);
        return result.Error switch
        {
            StatusMoveError.None => TypedResults.Ok(CivicReportView.Of(result.Report!)),
            StatusMoveError.Invalid => BadRequest(result.Reason!),
            StatusMoveError.NotFound => NoReport(code),
            StatusMoveError.Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Status not changed", detail: result.Reason),
        };
    }

    /// <summary>The staff member's tenant, or null when they name another one (or have none).</summary>
    internal static string? OwnTenant(ClaimsPrincipal user, string? named)
    {
        var own = user.FindFirst(StaffClaims.Tenant)?.Value;
        return string.IsNullOrEmpty(own) || (!string.IsNullOrEmpty(named) && named != own) ? null : own;
    }

    private static async Task<CivicReport?> FindAsync(string code, ClaimsPrincipal user, ICivicReportStore store, CancellationToken cancellationToken) =>
        OwnTenant(user, null) is { } own && ShortCodes.Normalize(code) is { } normalized ? await store.GetAsync(own, normalized, cancellationToken) : null;

    private static ProblemHttpResult NoReport(string code) => NotFound("No such report", $"There is no report {code} in your municipality.");

    private static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);
}
