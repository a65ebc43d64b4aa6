using System.Security.Claims;
using ChatAssistant.Core.Staff;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Reports.Export;
using ChatAssistant.Reports.Summary;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Reports.Api;

/// <summary>
/// /api/reports for coordinators and admins, of their own municipality only: another municipality, or one that does not
/// exist, is 404; a volunteer is 403 (the policy); bad dates or format 400. Errors are ProblemDetails.
/// </summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").RequireAuthorization(StaffPolicies.Coordinator).WithTags("Reports");
        api.MapGet("/summary", GetSummary);
        api.MapGet("/export", GetExport);
        return app;
    }

    public static async Task<Results<Ok<ReportSummary>, ProblemHttpResult>> GetSummary(
        ClaimsPrincipal user, string? tenant, string? from, string? to, ITenantDirectory tenants, ReportService reports,
        IOptions<ReportOptions> options, CancellationToken cancellationToken)
    {
        var checkedRequest = Check(user, tenant, from, to, tenants, options.Value);
        if (checkedRequest.Problem is { } problem)
        {
            return problem;
        }

        return TypedResults.Ok(await reports.SummarizeAsync(checkedRequest.TenantId!, checkedRequest.Period!, cancellationToken));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetExport(
        ClaimsPrincipal user, string? format, string? tenant, string? from, string? to, ITenantDirectory tenants, ReportService reports,
        IOptions<ReportOptions> options, CancellationToken cancellationToken)
    {
        var checkedRequest = Check(user, tenant, from, to, tenants, options.Value);
        if (checkedRequest.Problem is { } problem)
        {
            return problem;
        }

        if (format is not ("xlsx" or "csv"))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown format",
                detail: "Ask for format=xlsx (Excel) or format=csv.");
        }

        var summary = await reports.SummarizeAsync(checkedRequest.TenantId!, checkedRequest.Period!, cancellationToken);
        var name = $"report-{summary.Tenant}-{from}-{to}.{format}";
        return format == "xlsx"
            ? TypedResults.File(XlsxExport.Write(summary), XlsxExport.ContentType, name)
            : TypedResults.File(System.Text.Encoding.UTF8.GetBytes(CsvExport.Write(summary)), CsvExport.ContentType, name);
    }

    /// <summary>The staff member's municipality and the period, or the problem to answer.</summary>
    internal static (string? TenantId, ReportPeriod? Period, ProblemHttpResult? Problem) Check(
        ClaimsPrincipal user, string? tenant, string? from, string? to, ITenantDirectory tenants, ReportOptions options)
    {
        var own = user.FindFirstValue(StaffClaims.Tenant);
        var asked = string.IsNullOrWhiteSpace(tenant) ? own : tenant.Trim();
        if (own is null || asked is null || !string.Equals(asked, own, StringComparison.Ordinal) || tenants.Find(asked) is null)
        {
            return (null, null, TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown municipality",
                detail: $"There is no municipality '{asked}' among yours."));
        }

        if (ReportPeriod.Parse(from, to, options.MaxPeriodDays, out var reason) is not { } period)
        {
            return (null, null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad period", detail: reason));
        }

        return (asked, period, null);
    }
}
