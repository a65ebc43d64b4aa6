using System.Net;
using System.Reflection;
using System.Text.Json;
using ChatAssistant.Core.Tenants;

namespace ChatAssistant.Channels.WebChat;

/// <summary>Fills the page templates (Page/*.html, embedded) with the municipality's name and the chat settings.</summary>
internal static class WebChatPage
{
    private static readonly Lazy<string> ChatTemplate = new(() => Load("chat.html"));
    private static readonly Lazy<string> NotFoundTemplate = new(() => Load("not-found.html"));

    public static string Render(Tenant tenant, string pathBase, string bundleVersion)
    {
        // Serialized with the default encoder: <, > and & are escaped, so the JSON is safe inside <script>.
        var config = JsonSerializer.Serialize(new
        {
            tenant = tenant.Id,
            tenantName = tenant.Name,
            basePath = pathBase,
        });
        var website = tenant.Website is { Length: > 0 } site && Uri.TryCreate(site, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? $"<a href=\"{WebUtility.HtmlEncode(uri.ToString())}\">Sito del {WebUtility.HtmlEncode(tenant.Name)}</a>"
            : "";
        return ChatTemplate.Value
            .Replace("{{TENANT_NAME}}", WebUtility.HtmlEncode(tenant.Name), StringComparison.Ordinal)
            .Replace("{{WEBSITE_LINK}}", website, StringComparison.Ordinal)
            .Replace("{{SCRIPT_URL}}", WebUtility.HtmlEncode($"{pathBase}{WebChatEndpoints.ScriptPath}?v={bundleVersion}"), StringComparison.Ordinal)
            .Replace("{{CONFIG_JSON}}", config, StringComparison.Ordinal);
    }

    public static string NotFound() => NotFoundTemplate.Value;

    private static string Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"ChatAssistant.Channels.WebChat.Page.{name}")
            ?? throw new InvalidOperationException($"The page template {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
