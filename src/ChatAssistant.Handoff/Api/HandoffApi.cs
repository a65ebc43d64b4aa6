using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Threading.Channels;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Staff;
using ChatAssistant.Core.Storage;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Handoff.Assignment;
using ChatAssistant.Handoff.Canned;
using ChatAssistant.Handoff.Hours;
using ChatAssistant.Handoff.Queue;
using ChatAssistant.Handoff.Relay;
using ChatAssistant.Handoff.Storage;
using ChatAssistant.Handoff.Tickets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChatAssistant.Handoff.Api;

/// <summary>
/// /api/handoff: the queue and the chats of the signed-in volunteer's tenant. Errors are ProblemDetails: another
/// tenant's ticket is 404, a closed or taken ticket 409 with the reason, a ticket held by someone else 403, bad input 400.
/// </summary>
public static class HandoffApi
{
    private const int TranscriptPage = 200;

    public static IEndpointRouteBuilder MapHandoffApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/handoff").RequireAuthorization(StaffPolicies.Volunteer).WithTags("Handoff");
        api.MapGet("/queue", GetQueue);
        api.MapGet("/events", GetEvents);
        api.MapGet("/canned", GetCannedReplies);
        api.MapGet("/volunteers", GetVolunteers);
        api.MapPut("/canned/{replyId}", PutCannedReply).RequireAuthorization(StaffPolicies.Coordinator);
        api.MapDelete("/canned/{replyId}", DeleteCannedReply).RequireAuthorization(StaffPolicies.Coordinator);
        api.MapGet("/{ticketId}", GetTicket);
        api.MapGet("/{ticketId}/transcript", GetTranscript);
        api.MapPost("/{ticketId}/claim", Claim);
        api.MapPost("/{ticketId}/messages", PostMessage);
        api.MapPost("/{ticketId}/transfer", Transfer);
        api.MapPost("/{ticketId}/release", Release);
        api.MapPost("/{ticketId}/close", Close);
        return app;
    }

    public static async Task<Results<Ok<List<QueueItem>>, ProblemHttpResult>> GetQueue(ClaimsPrincipal user, IHandoffStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (StaffMember.From(user) is not { } me)
        {
            return NoTenant();
        }

        var now = clock.GetUtcNow();
        var open = await store.ListOpenAsync(me.TenantId, cancellationToken);
        return TypedResults.Ok(open.Select(t => TicketView.Line(t, now)).ToList());
    }

    public static async Task<Results<Ok<TicketView>, ProblemHttpResult>> GetTicket(string ticketId, ClaimsPrincipal user, IHandoffStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (ticket, problem) = await FindAsync(ticketId, user, store, cancellationToken);
        return ticket is null ? problem! : TypedResults.Ok(TicketView.Of(ticket, clock.GetUtcNow()));
    }

    public static async Task<Results<Ok<List<TranscriptLine>>, ProblemHttpResult>> GetTranscript(
        string ticketId, long? after, ClaimsPrincipal user, IHandoffStore store, IConversationStore conversations, CancellationToken cancellationToken)
    {
        var (ticket, problem) = await FindAsync(ticketId, user, store, cancellationToken);
        if (ticket is null)
        {
            return problem!;
        }

        var entries = await conversations.ReadTranscriptAsync(ticket.ConversationKey, after ?? Math.Max(0, ticket.StartSequence - ticket.Recent.Count), TranscriptPage, cancellationToken);
        return TypedResults.Ok(entries.Select(e =>
        {
            var activity = ActivityJson.Deserialize(e.ActivityJson);
            var role = activity.From?.Id?.StartsWith(CitizenMessenger.VolunteerIdPrefix, StringComparison.Ordinal) == true ? "volunteer" : activity.From?.Role ?? RoleTypes.Bot;
            return new TranscriptLine(e.Sequence, role, activity.From?.Name, activity.Text, e.Timestamp);
        }).Where(l => l.Text is not null).ToList());
    }

    public static Task<Results<Ok<TicketView>, ProblemHttpResult>> Claim(string ticketId, ClaimsPrincipal user, TicketCommands commands, TimeProvider clock, CancellationToken cancellationToken) =>
        RunAsync(user, clock, me => commands.ClaimAsync(me, ticketId, cancellationToken));

    public static Task<Results<Ok<TicketView>, ProblemHttpResult>> PostMessage(
        string ticketId, MessageRequest? request, ClaimsPrincipal user, TicketCommands commands, IHandoffStore store, ITenantDirectory tenants,
        HandoffSettings settings, TimeProvider clock, CancellationToken cancellationToken) =>
        RunAsync(user, clock, async me =>
        {
            var text = request?.Text;
            if (request?.CannedReplyId is { Length: > 0 } cannedId)
            {
                var canned = (await store.ListCannedRepliesAsync(me.TenantId, cancellationToken)).FirstOrDefault(c => c.Id == cannedId);
                var ticket = await store.GetAsync(ticketId, cancellationToken);
                if (canned is null || ticket is null || ticket.TenantId != me.TenantId)
                {
                    return TicketResult.Fail(TicketError.NotFound, canned is null ? $"There is no canned reply {cannedId}." : $"There is no ticket {ticketId}.");
                }

                text = CannedReplyText.Render(canned, ticket, tenants.Find(me.TenantId)?.Name ?? me.TenantId, settings.For(me.TenantId).Schedule);
            }

            return await commands.SendAsync(me, ticketId, text, cancellationToken);
        });

    public static Task<Results<Ok<TicketView>, ProblemHttpResult>> Transfer(
        string ticketId, TransferRequest? request, ClaimsPrincipal user, TicketCommands commands, IVolunteerPresence presence, TimeProvider clock, CancellationToken cancellationToken) =>
        RunAsync(user, clock, async me =>
        {
            if (string.IsNullOrWhiteSpace(request?.VolunteerId) || request.VolunteerId == me.Id)
            {
                return TicketResult.Fail(TicketError.Invalid, "Name the volunteer (volunteerId) to pass the chat to, someone other than you.");
            }

            var to = (await presence.OnlineAsync(me.TenantId, cancellationToken)).FirstOrDefault(v => v.Id == request.VolunteerId)
                ?? new Volunteer(request.VolunteerId, request.VolunteerName ?? request.VolunteerId, me.TenantId);
            return await commands.TransferAsync(me, ticketId, to, cancellationToken);
        });

    public static Task<Results<Ok<TicketView>, ProblemHttpResult>> Release(string ticketId, ClaimsPrincipal user, TicketCommands commands, TimeProvider clock, CancellationToken cancellationToken) =>
        RunAsync(user, clock, me => commands.ReleaseAsync(me, ticketId, cancellationToken));

    public static Task<Results<Ok<TicketView>, ProblemHttpResult>> Close(
        string ticketId, CloseRequest? request, ClaimsPrincipal user, TicketCommands commands, TimeProvider clock, CancellationToken cancellationToken) =>
        RunAsync(user, clock, me =>
        {
            var outcome = request?.Outcome?.Trim().ToLowerInvariant() switch
            {
                "resolved" => TicketOutcome.Resolved,
                "appointment" => TicketOutcome.Appointment,
                "referred" => TicketOutcome.Referred,
                "left" => TicketOutcome.Left,
                _ => TicketOutcome.None,
            };
            if (request?.Note is { Length: > 2000 })
            {
                return Task.FromResult(TicketResult.Fail(TicketError.Invalid, "The note is longer than 2,000 characters."));
            }

            return commands.CloseAsync(me, ticketId, outcome, request?.Note, cancellationToken);
        });

    /// <summary>The tenant's other volunteers online now, on any host: whom a chat can be passed to.</summary>
    public static async Task<Results<Ok<List<VolunteerItem>>, ProblemHttpResult>> GetVolunteers(ClaimsPrincipal user, IVolunteerPresence presence, CancellationToken cancellationToken) =>
        StaffMember.From(user) is { } me
            ? TypedResults.Ok((await presence.OnlineAsync(me.TenantId, cancellationToken)).Where(v => v.Id != me.Id).Select(v => new VolunteerItem(v.Id, v.Name)).ToList())
            : NoTenant();

    public static async Task<Results<Ok<List<CannedReply>>, ProblemHttpResult>> GetCannedReplies(ClaimsPrincipal user, IHandoffStore store, CancellationToken cancellationToken) =>
        StaffMember.From(user) is { } me ? TypedResults.Ok((await store.ListCannedRepliesAsync(me.TenantId, cancellationToken)).ToList()) : NoTenant();

    public static async Task<Results<Ok<CannedReply>, ProblemHttpResult>> PutCannedReply(
        string replyId, CannedReplyRequest? request, ClaimsPrincipal user, IHandoffStore store, CancellationToken cancellationToken)
    {
        if (StaffMember.From(user) is not { } me)
        {
            return NoTenant();
        }

        if (string.IsNullOrWhiteSpace(request?.Title) || string.IsNullOrWhiteSpace(request.Text) || request.Text.Length > 4000 || replyId.Length > 64)
        {
            return Problem(TicketError.Invalid, "A canned reply needs a title and a text of at most 4,000 characters (id up to 64).");
        }

        var reply = new CannedReply(me.TenantId, replyId, request.Title.Trim(), request.Text.Trim());
        await store.SaveCannedReplyAsync(reply, cancellationToken);
        return TypedResults.Ok(reply);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteCannedReply(string replyId, ClaimsPrincipal user, IHandoffStore store, CancellationToken cancellationToken)
    {
        if (StaffMember.From(user) is not { } me)
        {
            return NoTenant();
        }

        return await store.DeleteCannedReplyAsync(me.TenantId, replyId, cancellationToken)
            ? TypedResults.NoContent()
            : Problem(TicketError.NotFound, $"There is no canned reply {replyId}.");
    }

    /// <summary>The tenant's live events as server-sent events; while the stream is open the volunteer counts as online.</summary>
    public static Results<ServerSentEventsResult<HandoffEvent>, ProblemHttpResult> GetEvents(
        ClaimsPrincipal user, HandoffFeed feed, IVolunteerPresence presence, QueueMonitor monitor, CancellationToken cancellationToken)
    {
        if (StaffMember.From(user) is not { } me)
        {
            return NoTenant();
        }

        return TypedResults.ServerSentEvents(Stream(me, feed, presence, monitor, cancellationToken));
    }

    private static async IAsyncEnumerable<SseItem<HandoffEvent>> Stream(
        Volunteer me, HandoffFeed feed, IVolunteerPresence presence, QueueMonitor monitor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var events = Channel.CreateBounded<HandoffEvent>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });
        using var subscription = feed.Subscribe(e =>
        {
            if (e.TenantId == me.TenantId)
            {
                events.Writer.TryWrite(e);
            }
        });
        await presence.ConnectedAsync(me, cancellationToken);
        monitor.Nudge();
        try
        {
            yield return new SseItem<HandoffEvent>(new HandoffEvent(HandoffEventKinds.Connected, me.TenantId, "", DateTimeOffset.MinValue), HandoffEventKinds.Connected);
            await foreach (var e in events.Reader.ReadAllAsync(cancellationToken))
            {
                yield return new SseItem<HandoffEvent>(e, e.Kind);
            }
        }
        finally
        {
            await presence.DisconnectedAsync(me.TenantId, me.Id, CancellationToken.None);
        }
    }

    private static async Task<Results<Ok<TicketView>, ProblemHttpResult>> RunAsync(ClaimsPrincipal user, TimeProvider clock, Func<Volunteer, Task<TicketResult>> action)
    {
        if (StaffMember.From(user) is not { } me)
        {
            return NoTenant();
        }

        var result = await action(me);
        return result.Ticket is { } ticket ? TypedResults.Ok(TicketView.Of(ticket, clock.GetUtcNow())) : Problem(result.Error, result.Reason);
    }

    private static async Task<(Ticket? Ticket, ProblemHttpResult? Problem)> FindAsync(string ticketId, ClaimsPrincipal user, IHandoffStore store, CancellationToken cancellationToken)
    {
        if (StaffMember.From(user) is not { } me)
        {
            return (null, NoTenant());
        }

        var ticket = await store.GetAsync(ticketId, cancellationToken);
        return ticket is not null && ticket.TenantId == me.TenantId ? (ticket, null) : (null, Problem(TicketError.NotFound, $"There is no ticket {ticketId}."));
    }

    private static ProblemHttpResult NoTenant() =>
        TypedResults.Problem("Your account has no municipality: ask an admin to set it.", statusCode: StatusCodes.Status403Forbidden, title: "No tenant");

    private static ProblemHttpResult Problem(TicketError error, string? reason)
    {
        var (status, title) = error switch
        {
            TicketError.NotFound => (StatusCodes.Status404NotFound, "Not found"),
            TicketError.Conflict => (StatusCodes.Status409Conflict, "Conflict"),
            TicketError.Forbidden => (StatusCodes.Status403Forbidden, "Not your ticket"),
            TicketError.Invalid => (StatusCodes.Status400BadRequest, "Bad request"),
            TicketError.None => (StatusCodes.Status500InternalServerError, "Unexpected"),
        };
        return TypedResults.Problem(reason, statusCode: status, title: title);
    }
}
