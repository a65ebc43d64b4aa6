using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ChatAssistant.Host.Tests.Support;

/// <summary>A staff member's call to a host's /api with a bearer token, asserted to answer 200.</summary>
public static class StaffApi
{
    public static async Task<JsonNode> CallAsync(HostProcess host, string token, HttpMethod method, string path, object? body = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)).WithBearer(token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }
}
