using System.Globalization;
using System.Security.Claims;
using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Agenda;
using ChatAssistant.Core.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChatAssistant.Appointments.Api;

/// <summary>
/// GET /api/appointments?tenant=&amp;desk=&amp;date=: one day's appointments at a desk (or at every desk), for staff of
/// that tenant only. The tenant comes from the staff member's claim; naming another tenant is refused.
/// </summary>
public static class AppointmentsApi
{
    public const string Path = "/api/appointments";

    public static IEndpointRouteBuilder MapAppointments(this IEndpointRouteBuilder app)
    {
        app.MapGroup(Path).RequireAuthorization(StaffPolicies.Volunteer).WithTags("Appointments")
            .MapGet("/", GetDay);
        return app;
    }

    internal static async Task<Results<Ok<IReadOnlyList<AppointmentView>>, ProblemHttpResult>> GetDay(
        ClaimsPrincipal user, DeskCatalog desks, DayAgenda agenda,
        string? tenant, string? desk, string? date, CancellationToken cancellationToken)
    {
        var ownTenant = user.FindFirst(StaffClaims.Tenant)?.Value;
        if (string.IsNullOrEmpty(ownTenant) || (tenant is not null && tenant != ownTenant))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your municipality",
                detail: "Staff see only the appointments of their own municipality.");
        }

        if (desks.Find(ownTenant) is not { } tenantDesks)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No desks",
                detail: $"The municipality has no appuntamenti.yaml in knowledge-base/comuni/{ownTenant}/.");
        }

        var chosen = desk is null ? tenantDesks.Desks : tenantDesks.Desks.Where(d => d.Id == desk).ToList();
        if (chosen.Count == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown desk", detail: $"No desk '{desk}' takes appointments here.");
        }

        DateOnly day;
        if (date is null)
        {
            day = agenda.Today(tenantDesks);
        }
        else if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad date", detail: "Give the date as yyyy-MM-dd, e.g. 2026-12-09.");
        }

        return TypedResults.Ok(await agenda.ListAsync(tenantDesks, chosen, day, "it", cancellationToken));
    }
}
