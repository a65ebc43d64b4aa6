using System.Security.Claims;
using ChatAssistant.Announcements.Composing;
using ChatAssistant.Announcements.Neighbourhoods;
using ChatAssistant.Announcements.Storage;
using ChatAssistant.Core.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChatAssistant.Announcements.Api;

/// <summary>
/// The announcements' JSON API, on the same services as the console page: the public list of a tenant's
/// neighbourhoods, and for committees (their own neighbourhoods), coordinators and admins (their tenant): compose,
/// read progress, cancel or retract. Another tenant's announcement is a 404; a committee outside its neighbourhoods a 403.
/// </summary>
public static class AnnouncementsApi
{
    public const string Path = "/api/announcements";

    public const long MaxBodyBytes = 16 * 1024 * 1024;

    private sealed record BodySizeLimit(long? MaxRequestBodySize) : Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata;

    public static IEndpointRouteBuilder MapAnnouncementsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/neighbourhoods", ListNeighbourhoods).AllowAnonymous().WithTags("Announcements");
        app.MapGet("/announcements/{tenant}/{id}/image", Image).AllowAnonymous().WithTags("Announcements");
        var group = app.MapGroup(Path).RequireAuthorization(StaffPolicies.Committee).WithTags("Announcements");
        // Room for an image over the 5 MB limit in base64, so it gets our clear 400 rather than a cut connection.
        group.MapPost("/", Create).WithMetadata(new BodySizeLimit(MaxBodyBytes));
        group.MapGet("/{id}", Get);
        group.MapDelete("/{id}", Delete);
        return app;
    }

    internal static Results<Ok<IReadOnlyList<NeighbourhoodView>>, ProblemHttpResult> ListNeighbourhoods(NeighbourhoodCatalog catalog, string? tenant)
    {
        if (string.IsNullOrWhiteSpace(tenant))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No tenant", detail: "Give the municipality: /api/neighbourhoods?tenant=milano");
        }

        return catalog.Find(tenant) is { } found
            ? TypedResults.Ok<IReadOnlyList<NeighbourhoodView>>(found.All.Select(n => new NeighbourhoodView(n.Id, n.Name)).ToList())
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown tenant", detail: $"'{tenant}' has no neighbourhoods (knowledge-base/comuni/{tenant}/quartieri.yaml).");
    }

    internal static async Task<Results<Created<CreatedAnnouncement>, ValidationProblem, ProblemHttpResult>> Create(
        ClaimsPrincipal user, AnnouncementService service, AnnouncementRequest? body, CancellationToken cancellationToken)
    {
        if (Publisher.From(user) is not { } publisher)
        {
            return Forbidden("The account has no tenant.");
        }

        if (body is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send a JSON body: {neighbourhoods, title, text, link?, sendAt?}."] });
        }

        byte[]? image = null;
        if (!string.IsNullOrEmpty(body.Image))
        {
            try
            {
                image = Convert.FromBase64String(body.Image);
            }
            catch (FormatException)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["image"] = ["The image must be base64."] });
            }
        }

        var outcome = await service.CreateAsync(publisher, new AnnouncementDraft(body.Neighbourhoods ?? [], body.Title, body.Text, body.Link, body.SendAt, image), cancellationToken);
        return outcome.Kind switch
        {
            ComposeOutcomeKind.Done => TypedResults.Created($"{Path}/{outcome.Announcement!.Id}", new CreatedAnnouncement(outcome.Announcement.Id, outcome.Announcement.Status.ToString())),
            ComposeOutcomeKind.Invalid => Invalid(outcome),
            _ => Problem(outcome),
        };
    }

    internal static async Task<Results<Ok<AnnouncementView>, ProblemHttpResult>> Get(
        ClaimsPrincipal user, AnnouncementService service, IAnnouncementStore store, string id, CancellationToken cancellationToken)
    {
        if (Publisher.From(user) is not { } publisher)
        {
            return Forbidden("The account has no tenant.");
        }

        if (await service.VisibleAsync(publisher, id, cancellationToken) is not { } a)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No such announcement.");
        }

        return TypedResults.Ok(await ViewOf(store, a, cancellationToken));
    }

    internal static async Task<Results<Ok<AnnouncementView>, ProblemHttpResult>> Delete(
        ClaimsPrincipal user, AnnouncementService service, IAnnouncementStore store, string id, CancellationToken cancellationToken)
    {
        if (Publisher.From(user) is not { } publisher)
        {
            return Forbidden("The account has no tenant.");
        }

        var outcome = await service.CancelOrRetractAsync(publisher, id, cancellationToken);
        return outcome.Kind == ComposeOutcomeKind.Done ? TypedResults.Ok(await ViewOf(store, outcome.Announcement!, cancellationToken)) : Problem(outcome);
    }

    internal static async Task<Results<FileContentHttpResult, NotFound>> Image(IAnnouncementStore store, string tenant, string id, CancellationToken cancellationToken) =>
        await store.GetAsync(tenant, id, cancellationToken) is { Image: { } image, ImageType: { } type, Status: AnnouncementStatus.Sending or AnnouncementStatus.Sent }
            ? TypedResults.File(image, type)
            : TypedResults.NotFound();

    public static async Task<AnnouncementView> ViewOf(IAnnouncementStore store, Announcement a, CancellationToken cancellationToken)
    {
        var counts = await store.CountAsync(a.Id, cancellationToken);
        return new AnnouncementView(a.Id, a.Status.ToString(), a.NeighbourhoodIds, a.Title, a.SendAt, counts.Total, counts.Sent, counts.Failed, counts.Unreachable, counts.Retracted);
    }

    private static ValidationProblem Invalid(ComposeOutcome outcome) => TypedResults.ValidationProblem(
        outcome.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.En).ToArray()),
        detail: string.Join(" ", outcome.Problems.Select(p => p.En)), title: "The announcement was not accepted");

    private static ProblemHttpResult Problem(ComposeOutcome outcome) => TypedResults.Problem(
        statusCode: outcome.Kind switch
        {
            ComposeOutcomeKind.Forbidden => StatusCodes.Status403Forbidden,
            ComposeOutcomeKind.NotFound => StatusCodes.Status404NotFound,
            ComposeOutcomeKind.Conflict => StatusCodes.Status409Conflict,
            ComposeOutcomeKind.Invalid => StatusCodes.Status400BadRequest,
            ComposeOutcomeKind.Done => StatusCodes.Status200OK,
        },
        title: outcome.Kind.ToString(), detail: string.Join(" ", outcome.Problems.Select(p => p.En)));

    private static ProblemHttpResult Forbidden(string detail) => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail);
}
