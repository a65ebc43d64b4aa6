using System.Globalization;
using System.Text.Json;
using ChatAssistant.Channels.DirectLine.Conversations;
using ChatAssistant.Channels.DirectLine.Endpoints;
using ChatAssistant.Channels.DirectLine.Limits;
using ChatAssistant.Channels.DirectLine.Tokens;
using ChatAssistant.Channels.DirectLine.Wire;
using ChatAssistant.Core.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChatAssistant.Channels.WebChat;

/// <summary>The municipality's web chat page, its Web Chat bundle, and the token endpoint the page calls.</summary>
public static class WebChatEndpoints
{
    public const string TokenPath = "/api/webchat/token";
    public const string ScriptPath = "/chat/assets/webchat.js";
    private const int MaxTokenRequestBytes = 4096;

    public static IEndpointRouteBuilder MapWebChatEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(TokenPath, IssueToken).RequireCors(DirectLineEndpoints.CorsPolicy);
        routes.MapGet(ScriptPath, Script);
        routes.MapGet("/chat/{tenant}", Page);
        return routes;
    }

    /// <summary>
    /// {"tenant","userId"?} → a token for a new conversation. The citizen id is ours (signed): a forged or foreign one is
    /// replaced by a new one. Rate-limited per client address.
    /// </summary>
    public static async Task<Results<Ok<WebChatTokenResponse>, ProblemHttpResult>> IssueToken(
        HttpContext context, ITenantDirectory tenants, TokenService tokens, WebChatTokenLimiter limiter, CancellationToken cancellationToken)
    {
        var address = ClientAddress.KeyOf(context.Connection.RemoteIpAddress);
        if (limiter.TryAcquire(address) is { } wait)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Problems.Of(429, "Too many requests from this address: wait a minute and try again.");
        }

        // {"tenant","userId"} is a few hundred bytes: anything much larger is not a token request.
        if (context.Request.ContentLength > MaxTokenRequestBytes)
        {
            return Problems.Of(413, $"The body is larger than {MaxTokenRequestBytes} bytes.");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxTokenRequestBytes;
        }

        WebChatTokenRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<WebChatTokenRequest>(context.Request.Body, cancellationToken: cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == 413)
        {
            return Problems.Of(413, $"The body is larger than {MaxTokenRequestBytes} bytes.");
        }
        catch (Exception ex) when (ex is JsonException or BadHttpRequestException)
        {
            return Problems.Of(400, "The body must be JSON like {\"tenant\":\"milano\"}.");
        }

        if (string.IsNullOrWhiteSpace(body?.Tenant))
        {
            return Problems.Of(400, "Name the municipality: {\"tenant\":\"milano\"}.");
        }

        if (tenants.Find(body.Tenant) is not { } tenant)
        {
            return Problems.Of(404, $"Unknown municipality '{body.Tenant}'.");
        }

        var signedUserId = tokens.VerifyCitizenId(body.UserId) is null ? tokens.NewCitizenId() : body.UserId!;
        var conversationId = DirectLineConversations.NewConversationId();
        var token = tokens.Issue(tenant.Id, conversationId, tokens.VerifyCitizenId(signedUserId)!, out _);
        return TypedResults.Ok(new WebChatTokenResponse(token, conversationId, (int)tokens.Lifetime.TotalSeconds, signedUserId));
    }

    /// <summary>GET /chat/{tenant}: the chat page in Italian, or a plain 404 page.</summary>
    public static async Task<ContentHttpResult> Page(string tenant, HttpRequest request, ITenantDirectory tenants, WebChatAssets assets)
    {
        if (tenants.Find(tenant) is not { } found)
        {
            return TypedResults.Content(WebChatPage.NotFound(), "text/html; charset=utf-8", statusCode: 404);
        }

        var bundle = await assets.GetAsync();
        return TypedResults.Content(WebChatPage.Render(found, request.PathBase, bundle?.Version ?? "missing"), "text/html; charset=utf-8");
    }

    /// <summary>Web Chat's bundle, gzipped when the browser accepts it.</summary>
    public static async Task<Results<FileContentHttpResult, ContentHttpResult>> Script(HttpContext context, WebChatAssets assets)
    {
        if (await assets.GetAsync() is not { } bundle)
        {
            return TypedResults.Content("console.error('Web Chat bundle missing: build the host (it runs npm install in src/ChatAssistant.Host/webchat).');",
                "text/javascript; charset=utf-8", statusCode: 404);
        }

        var headers = context.Response.Headers;
        headers.Vary = "Accept-Encoding";
        headers.CacheControl = context.Request.Query["v"] == bundle.Version ? "public, max-age=31536000, immutable" : "public, max-age=3600";
        if (context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentEncoding = "gzip";
            return TypedResults.File(bundle.Gzip, "text/javascript; charset=utf-8");
        }

        return TypedResults.File(bundle.Plain, "text/javascript; charset=utf-8");
    }
}
