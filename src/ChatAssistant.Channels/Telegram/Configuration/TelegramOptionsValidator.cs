using System.Text.RegularExpressions;
using ChatAssistant.Core.Tenants;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Channels.Telegram.Configuration;

/// <summary>
/// Checks the bots at start-up so a typo fails the start with a message that says what to fix.
/// Messages name the setting, never the token's value.
/// </summary>
public sealed partial class TelegramOptionsValidator(ITenantDirectory tenants) : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Bots.Count; i++)
        {
            var bot = options.Bots[i];
            var at = $"Telegram:Bots:{i}";
            if (string.IsNullOrWhiteSpace(bot.Tenant))
            {
                errors.Add($"{at}:Tenant is empty. Set it to a municipality id, e.g. 'milano'.");
            }
            else if (tenants.Find(bot.Tenant) is null)
            {
                errors.Add($"{at}:Tenant '{bot.Tenant}' is not a known municipality. Known: {string.Join(", ", tenants.All.Select(t => t.Id))}.");
            }
            else if (!seen.Add(bot.Tenant))
            {
                errors.Add($"{at}:Tenant '{bot.Tenant}' has a bot already; one bot per municipality.");
            }

            if (!IsTokenShaped(bot.Token))
            {
                errors.Add($"{at}:Token is not a bot token (expected digits:secret, as given by @BotFather).");
            }

            if (bot.ApiBaseUrl is { Length: > 0 } api && !IsHttpUrl(api))
            {
                errors.Add($"{at}:ApiBaseUrl '{api}' is not an absolute http(s) address.");
            }

            if (bot.WebhookSecret is { Length: > 0 } secret && !WebhookSecretShape().IsMatch(secret))
            {
                errors.Add($"{at}:WebhookSecret must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule).");
            }

            if (bot.PublicBaseUrl is { Length: > 0 } publicUrl && !IsHttpUrl(publicUrl))
            {
                errors.Add($"{at}:PublicBaseUrl '{publicUrl}' is not an absolute http(s) address.");
            }
        }

        var s = options.Sending;
        if (s.MaxMessagesPerWindow <= 0 || s.RateWindowMilliseconds <= 0 || s.PerChatIntervalMilliseconds < 0 || s.ClaimBatchSize <= 0
            || s.MaxInFlight <= 0 || s.LeaseSeconds <= 0 || s.IdlePollMilliseconds <= 0 || s.MaxAttempts <= 0 || s.RetryBaseSeconds <= 0
            || s.RetryMaxSeconds < s.RetryBaseSeconds)
        {
            errors.Add("Telegram:Sending: every value must be positive (PerChatIntervalMilliseconds may be 0) and RetryMaxSeconds >= RetryBaseSeconds.");
        }

        var p = options.Polling;
        if (p.TimeoutSeconds < 0 || p.EmptyBatchDelayMilliseconds < 0 || p.MaxBackoffSeconds <= 0 || p.BackoffBaseMilliseconds <= 0 || p.PoisonAttempts <= 0)
        {
            errors.Add("Telegram:Polling: TimeoutSeconds and EmptyBatchDelayMilliseconds must be >= 0; MaxBackoffSeconds, BackoffBaseMilliseconds and PoisonAttempts > 0.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    public static bool IsTokenShaped(string? token) => token is not null && TokenShape().IsMatch(token);

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex(@"^\d+:\S+$")]
    private static partial Regex TokenShape();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex WebhookSecretShape();
}
