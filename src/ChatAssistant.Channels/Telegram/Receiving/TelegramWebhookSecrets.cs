using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using ChatAssistant.Channels.Telegram.Bots;
using ChatAssistant.Core.Storage;

namespace ChatAssistant.Channels.Telegram.Receiving;

/// <summary>
/// The secret every webhook bot checks: the configured WebhookSecret, or else one generated once and kept in the store
/// (shared secret "telegram-webhook-secret:&lt;tenant&gt;"), so every host checks the same value and a restart does
/// not need setWebhook to land before updates are accepted again. A webhook is never open to anyone who knows its address.
/// </summary>
public sealed class TelegramWebhookSecrets(ISharedSecrets secrets)
{
    private readonly ConcurrentDictionary<string, string> _known = new(StringComparer.Ordinal);

    public static string NameFor(string tenant) => "telegram-webhook-secret:" + tenant;

    public async Task<string> ForAsync(TelegramBot bot, CancellationToken cancellationToken)
    {
        if (bot.Options.WebhookSecret is { Length: > 0 } configured)
        {
            return configured;
        }

        if (_known.TryGetValue(bot.Tenant, out var known))
        {
            return known;
        }

        var stored = await secrets.GetOrCreateAsync(NameFor(bot.Tenant), Generate, cancellationToken);
        return _known.GetOrAdd(bot.Tenant, stored);
    }

    /// <summary>256 random bits in base64url: only A-Z a-z 0-9 _ -, as setWebhook's secret_token allows.</summary>
    public static string Generate() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
