using System.Text.Json;
using ChatAssistant.Core.Activities;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ChatAssistant.Channels.DirectLine.Configuration;

namespace ChatAssistant.Channels.DirectLine.Endpoints;

/// <summary>Reads a posted activity: too large, not JSON or not an object is a 4xx with a plain reason.</summary>
internal static class ActivityBody
{
    public static async Task<(Activity? Activity, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = request.HttpContext.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.MaxActivityBytes;
        if (request.ContentLength > limit)
        {
            return (null, Problems.Of(413, $"The activity is larger than {limit} bytes."));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        try
        {
            var activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, ActivityJson.Options, cancellationToken);
            return activity is null ? (null, Problems.Of(400, "The body must be an activity (a JSON object).")) : (activity, null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.Of(400, $"The body is not a valid activity: {ex.Message}"));
        }
        catch (BadHttpRequestException)
        {
            return (null, Problems.Of(413, $"The activity is larger than {limit} bytes."));
        }
    }

    /// <summary>
    /// Reads and drops the body of a request refused before it was read (throttled): answering while the client is still
    /// uploading breaks its pipe, so it would see a network error instead of the 429. Never more than the activity limit.
    /// </summary>
    public static async Task SkipAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = request.HttpContext.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.MaxActivityBytes;
        if (request.ContentLength > limit)
        {
            return;
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        try
        {
            await request.Body.CopyToAsync(Stream.Null, cancellationToken);
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException)
        {
            // Too large or cut off: the refusal goes anyway.
        }
    }
}
