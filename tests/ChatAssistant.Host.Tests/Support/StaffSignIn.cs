using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatAssistant.Host.Tests.Support;

/// <summary>The demo accounts a fresh host creates, signed in through the API as an integration would.</summary>
public static partial class StaffSignIn
{
    public const string ChosenPassword = "una-password-lunga";

    /// <summary>The one-time password the host printed for <paramref name="email"/> at its first start.</summary>
    public static async Task<string> DemoPasswordAsync(HostProcess host, string email)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var match = DemoLine().Matches(host.Log).FirstOrDefault(m => m.Groups["email"].Value == email);
            if (match is not null)
            {
                return match.Groups["password"].Value;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"No demo password for {email} in the host's log:\n{host.Log}");
    }

    /// <summary>Replaces the demo account's one-time password with <see cref="ChosenPassword"/> and returns a bearer token.</summary>
    public static async Task<string> TokenAsync(HostProcess host, string email)
    {
        var oneTime = await DemoPasswordAsync(host, email);
        using var changed = await host.Client.PostAsJsonAsync(new Uri("api/auth/password", UriKind.Relative), new { email, password = oneTime, newPassword = ChosenPassword });
        changed.EnsureSuccessStatusCode();
        using var login = await host.Client.PostAsJsonAsync(new Uri("api/auth/login", UriKind.Relative), new { email, password = ChosenPassword });
        login.EnsureSuccessStatusCode();
        return (await login.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
    }

    public static HttpRequestMessage WithBearer(this HttpRequestMessage request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    [GeneratedRegex(@"Demo console account (?<email>\S+) \(.*?\) created with the one-time password (?<password>\S+)")]
    private static partial Regex DemoLine();
}
