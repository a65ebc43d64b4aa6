using ChatAssistant.Channels.Telegram.Configuration;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace ChatAssistant.Channels.Telegram.Bots;

/// <summary>
/// The configured bots, each with its own API client. The HttpClient comes from IHttpClientFactory under the name
/// <see cref="HttpClientName"/> (its default request logging removed: it would write the token, which is part of every
/// request URL), so tests and proxies plug a handler there; a handler tells the bots apart by the token in the URL.
/// </summary>
public sealed class TelegramBots
{
    private readonly Dictionary<string, TelegramBot> _byTenant;

    public TelegramBots(IOptions<TelegramOptions> options, IHttpClientFactory httpClients)
    {
        All = options.Value.Bots.Select(o =>
        {
            // Telegram.Bot keeps only scheme, host and port of ApiBaseUrl. HttpClient's 100 s timeout outlasts the long poll.
            var http = httpClients.CreateClient(HttpClientName);
            var client = new TelegramBotClient(new TelegramBotClientOptions(o.Token, string.IsNullOrWhiteSpace(o.ApiBaseUrl) ? null : o.ApiBaseUrl), http);
            return new TelegramBot(o, client);
        }).ToList();
        _byTenant = All.ToDictionary(b => b.Tenant, StringComparer.Ordinal);
    }

    public IReadOnlyList<TelegramBot> All { get; }

    public TelegramBot? Find(string tenant) => _byTenant.GetValueOrDefault(tenant);

    /// <summary>The IHttpClientFactory name of the bots' HTTP client.</summary>
    public const string HttpClientName = "Telegram";
}
