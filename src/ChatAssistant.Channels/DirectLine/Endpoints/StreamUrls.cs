using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ChatAssistant.Channels.DirectLine.Endpoints;

internal static class StreamUrls
{
    /// <summary>ws(s)://host/v3/directline/conversations/{id}/stream?t=token[&amp;watermark=n], from the request's own address.</summary>
    public static string For(HttpRequest request, string conversationId, string token, long? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}{DirectLineEndpoints.Prefix}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return watermark is > 0 ? url + "&watermark=" + watermark.Value.ToString(CultureInfo.InvariantCulture) : url;
    }

    public static int SecondsLeft(DateTimeOffset expiresAt, DateTimeOffset now) =>
        (int)Math.Clamp((expiresAt - now).TotalSeconds, 0, int.MaxValue);
}
