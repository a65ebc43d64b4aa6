using System.Text.Json;
using System.Security.Claims;
using ChatAssistant.Channels.DirectLine.Authentication;
using ChatAssistant.Channels.DirectLine.Conversations;
using ChatAssistant.Channels.DirectLine.Limits;
using ChatAssistant.Channels.DirectLine.Streaming;
using ChatAssistant.Channels.DirectLine.Tokens;
using ChatAssistant.Channels.DirectLine.Wire;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Pipeline.Inbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Channels.DirectLine.Endpoints;

/// <summary>Direct Line 3.0 under /v3/directline, as Microsoft's Web Chat and botframework-directlinejs call it.</summary>
public static class DirectLineEndpoints
{
    public const string Prefix = "/v3/directline";
    public const string CorsPolicy = "DirectLine";

    public static RouteGroupBuilder MapDirectLineEndpoints(this IEndpointRouteBuilder routes)
    {
        // Every route needs a site secret or a token: checked once, by the DirectLine authentication scheme.
        var group = routes.MapGroup(Prefix).RequireCors(CorsPolicy).RequireAuthorization(DirectLineAuthentication.Policy);
        group.MapPost("/tokens/generate", GenerateToken);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversation);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapPost("/conversations/{conversationId}/activities", PostActivity);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        group.MapPost("/conversations/{conversationId}/upload", RefuseUpload);
        group.Map("/conversations/{conversationId}/stream", Stream);
        return group;
    }

    /// <summary>A municipality's server trades its site secret for a token bound to a new conversation and citizen.</summary>
    public static Results<Ok<ConversationResponse>, ProblemHttpResult> GenerateToken(HttpRequest request, ClaimsPrincipal user, TokenService tokens)
    {
        var caller = DirectLineCaller.From(user);
        if (!caller.Succeeded)
        {
            return Problems.Of(caller.Status, caller.Error!);
        }

        if (!caller.IsSecret)
        {
            return Problems.Of(403, "tokens/generate needs the site secret, not a token.");
        }

        var userId = tokens.VerifyCitizenId(tokens.NewCitizenId())!;
        var conversationId = DirectLineConversations.NewConversationId();
        var token = tokens.Issue(caller.TenantId!, conversationId, userId, out _);
        return TypedResults.Ok(new ConversationResponse(conversationId, token, (int)tokens.Lifetime.TotalSeconds, null));
    }

    /// <summary>A valid token for the same conversation and citizen, with a new expiry.</summary>
    public static Results<Ok<ConversationResponse>, ProblemHttpResult> RefreshToken(HttpRequest request, ClaimsPrincipal user, TokenService tokens, TimeProvider clock)
    {
        var caller = DirectLineCaller.From(user);
        if (!caller.Succeeded)
        {
            return Problems.Of(caller.Status, caller.Error!);
        }

        if (caller.Token is not { } granted)
        {
            return Problems.Of(403, "tokens/refresh needs a token, not the site secret.");
        }

        // The session's absolute end travels with it: refreshing cannot go on forever.
        var token = tokens.Issue(granted.TenantId, granted.ConversationId, granted.UserId, out var renewed, granted.SessionEndsAt);
        return TypedResults.Ok(new ConversationResponse(granted.ConversationId, token, StreamUrls.SecondsLeft(renewed.ExpiresAt, clock.GetUtcNow()), null));
    }

    /// <summary>
    /// Starts (or, with a token, resumes) the conversation: the bot's welcome is stored before this answers, so the
    /// stream replays it. Always returns a token: a client without one would send "Bearer undefined".
    /// </summary>
    public static async Task<Results<Created<ConversationResponse>, Ok<ConversationResponse>, ProblemHttpResult>> StartConversation(
        HttpRequest request, ClaimsPrincipal user, TokenService tokens, DirectLineConversations conversations, TimeProvider clock, CancellationToken cancellationToken)
    {
        var caller = DirectLineCaller.From(user);
        if (!caller.Succeeded)
        {
            return Problems.Of(caller.Status, caller.Error!);
        }

        string token;
        DirectLineToken granted;
        if (caller.Token is { } presented)
        {
            granted = presented;
            token = BearerOf(request);
        }
        else
        {
            var userId = tokens.VerifyCitizenId(tokens.NewCitizenId())!;
            token = tokens.Issue(caller.TenantId!, DirectLineConversations.NewConversationId(), userId, out granted);
        }

        var started = await conversations.StartAsync(granted, request.Headers.AcceptLanguage.FirstOrDefault()?.Split(',')[0], cancellationToken);
        if (started.RefusedReason is { } reason)
        {
            return Problems.Of(400, reason);
        }

        var response = new ConversationResponse(
            granted.ConversationId, token, StreamUrls.SecondsLeft(granted.ExpiresAt, clock.GetUtcNow()), StreamUrls.For(request, granted.ConversationId, token, null));
        return started.Created ? TypedResults.Created((string?)null, response) : TypedResults.Ok(response);
    }

    /// <summary>Reconnect: a fresh streamUrl that replays everything after <paramref name="watermark"/>.</summary>
    public static async Task<Results<Ok<ConversationResponse>, ProblemHttpResult>> Reconnect(
        string conversationId, string? watermark, HttpRequest request, ClaimsPrincipal user, DirectLineConversations conversations, TokenService tokens, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (granted, problem) = await AuthorizeAsync(request, conversationId, user, conversations, cancellationToken);
        if (granted is null)
        {
            return problem!;
        }

        // A site secret is never echoed: its caller gets a token of the conversation instead.
        var token = granted.SessionEndsAt is null ? tokens.Issue(granted.TenantId, conversationId, granted.UserId, out granted) : BearerOf(request);
        var seconds = StreamUrls.SecondsLeft(granted.ExpiresAt, clock.GetUtcNow());
        return TypedResults.Ok(new ConversationResponse(conversationId, token, seconds, StreamUrls.For(request, conversationId, token, ActivitySetJson.ParseWatermark(watermark))));
    }

    /// <summary>
    /// Files are refused, with a reason a client can show: citizens tend to photograph identity cards and PIN letters,
    /// which the service must not keep (our Web Chat page hides its upload button; this answers any other client).
    /// </summary>
    public static async Task<ProblemHttpResult> RefuseUpload(
        string conversationId, HttpRequest request, ClaimsPrincipal user, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (granted, problem) = await AuthorizeAsync(request, conversationId, user, conversations, cancellationToken);
        return granted is null
            ? problem!
            : Problems.Of(415, "This chat does not accept files: write your question in words. Never send photos of identity documents, cards or PIN letters.");
    }

    /// <summary>A citizen's activity. Sender, conversation and municipality come from the token; the answer is the stored id.</summary>
    public static async Task<Results<Ok<ResourceResponse>, ProblemHttpResult>> PostActivity(
        string conversationId, HttpRequest request, ClaimsPrincipal user, DirectLineConversations conversations, DirectLineActivityLimiter limiter,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (granted, problem) = await AuthorizeAsync(request, conversationId, user, conversations, cancellationToken);
        if (granted is null)
        {
            return problem!;
        }

        if (limiter.TryAcquire(ClientAddress.KeyOf(request.HttpContext.Connection.RemoteIpAddress), conversationId) is { } wait)
        {
            await ActivityBody.SkipAsync(request, cancellationToken);
            return RetryLater(request, wait, 429, "Too many activities: wait a little and send again.");
        }

        var (activity, bodyProblem) = await ActivityBody.ReadAsync(request, cancellationToken);
        if (activity is null)
        {
            return bodyProblem!;
        }

        if (InboundScreen.RefuseAttachments(activity) is { } refused)
        {
            return Problems.Of(415, refused);
        }

        try
        {
            var result = await conversations.PostAsync(granted, activity, cancellationToken);
            return result.Outcome switch
            {
                TurnOutcome.Refused => Problems.Of(400, result.Reason ?? "The activity was refused."),
                TurnOutcome.Throttled => RetryLater(request, TimeSpan.FromSeconds(10), 429, "Too many activities: wait a little and send again."),
                TurnOutcome.Duplicate or TurnOutcome.Processed or TurnOutcome.Ignored => TypedResults.Ok(new ResourceResponse(activity.Id!)),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            loggers.CreateLogger(typeof(DirectLineEndpoints)).LogError(ex, "Turn failed in Direct Line conversation {Conversation}", conversationId);
            return RetryLater(request, TimeSpan.FromSeconds(5), 503, "The message could not be processed now; nothing was stored. Please send it again.");
        }
    }

    /// <summary>Polling: activities after the watermark. Never a 5xx (the client would stop polling for good).</summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetActivities(
        string conversationId, string? watermark, HttpRequest request, ClaimsPrincipal user, DirectLineConversations conversations, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var after = ActivitySetJson.ParseWatermark(watermark);
        try
        {
            var (granted, problem) = await AuthorizeAsync(request, conversationId, user, conversations, cancellationToken);
            if (granted is null)
            {
                return problem!;
            }

            var page = await conversations.ReadAsync(conversationId, after, cancellationToken);
            return TypedResults.Text(ActivitySetJson.Write(page.Activities, page.Watermark), "application/json; charset=utf-8");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            loggers.CreateLogger(typeof(DirectLineEndpoints)).LogError(ex, "Polling failed for Direct Line conversation {Conversation}", conversationId);
            return TypedResults.Text(ActivitySetJson.Write([], after), "application/json; charset=utf-8");
        }
    }

    /// <summary>The WebSocket at streamUrl (token in ?t=, as the real Direct Line service does).</summary>
    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Stream(
        string conversationId, string? watermark, HttpContext context, ClaimsPrincipal user, DirectLineConversations conversations, ActivityStream stream)
    {
        var (granted, problem) = await AuthorizeAsync(context.Request, conversationId, user, conversations, context.RequestAborted);
        if (granted is null)
        {
            return problem!;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return Problems.Of(400, "This address is a WebSocket: connect with ws:// or wss://.");
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await stream.RunAsync(socket, conversationId, ActivitySetJson.ParseWatermark(watermark), granted.ExpiresAt, context.RequestAborted);
        return TypedResults.Empty;
    }

    /// <summary>The caller may use this conversation: its token names it, or its secret's municipality owns it; and it exists.</summary>
    private static async Task<(DirectLineToken? Granted, ProblemHttpResult? Problem)> AuthorizeAsync(
        HttpRequest request, string conversationId, ClaimsPrincipal user, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var caller = DirectLineCaller.From(user);
        if (!caller.Succeeded)
        {
            return (null, Problems.Of(caller.Status, caller.Error!));
        }

        if (caller.Token is { } token)
        {
            if (!string.Equals(token.ConversationId, conversationId, StringComparison.Ordinal))
            {
                return (null, Problems.Of(403, "This token belongs to another conversation."));
            }

            return await conversations.ExistsAsync(conversationId, cancellationToken)
                ? (token, null)
                : (null, Problems.Of(404, "The conversation does not exist (start it with POST /v3/directline/conversations)."));
        }

        var granted = await conversations.GrantForSecretAsync(caller.TenantId!, conversationId, cancellationToken);
        return granted is null ? (null, Problems.Of(404, "The conversation does not exist for this municipality.")) : (granted, null);
    }

    /// <summary>A refusal the client may retry (429 throttled, 503 our fault): Retry-After says when.</summary>
    private static ProblemHttpResult RetryLater(HttpRequest request, TimeSpan wait, int status, string reason)
    {
        request.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problems.Of(status, reason);
    }

    private static string BearerOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : request.Query["t"].ToString();
    }
}
