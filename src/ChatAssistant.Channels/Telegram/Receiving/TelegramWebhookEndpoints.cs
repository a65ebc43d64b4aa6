using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatAssistant.Channels.Telegram.Bots;
using ChatAssistant.Channels.Telegram.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatAssistant.Channels.Telegram.Receiving;

/// <summary>
/// POST /telegram/{tenant}/webhook. The secret header is always required and compared in constant time; a body that is not an
/// update is a 400 (Telegram then drops it instead of retrying forever); an update we do not handle is a 200.
/// The body is read with Telegram.Bot's own JSON settings, here only: the app's JSON stays camelCase.
/// </summary>
public static class TelegramWebhookEndpoints
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    public const string Route = "/telegram/{tenant}/webhook";
    private const long MaxBodyBytes = 1024 * 1024;

    public static string PathFor(string tenant) => $"/telegram/{Uri.EscapeDataString(tenant)}/webhook";

    internal static async Task<IResult> HandleAsync(
        string tenant, HttpRequest request, TelegramBots bots, TelegramWebhookSecrets secrets, TelegramUpdateHandler handler, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (bots.Find(tenant) is not { Options.Mode: TelegramReceiveMode.Webhook } bot)
        {
            return Results.NotFound();
        }

        // Always checked: without a configured secret, the one generated and registered with setWebhook.
        if (!SecretMatches(request.Headers[SecretHeader].ToString(), await secrets.ForAsync(bot, cancellationToken)))
        {
            return Results.Unauthorized();
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // A chunked body has no Content-Length: the server stops reading it at the limit instead.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxBodyBytes;
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(request.Body, JsonBotAPI.Options, cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        // Telegram.Bot's converters throw more than JsonException on values out of range (a date past year 9999, found by fuzzing).
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or BadHttpRequestException
            or ArgumentException or FormatException or OverflowException)
        {
            return Results.BadRequest("The body is not a Telegram update.");
        }

        if (update is null)
        {
            return Results.BadRequest("The body is not a Telegram update.");
        }

        try
        {
            await handler.HandleAsync(bot, update, cancellationToken);
            return Results.Ok();
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Our fault (the store is down...): 503 so Telegram delivers the update again later.
            loggers.CreateLogger(typeof(TelegramWebhookEndpoints)).LogError(ex, "{Bot}: update {UpdateId} could not be handled", bot, update.Id);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>Constant time: both sides are hashed first, so neither the content nor the length leaks through timing.</summary>
    public static bool SecretMatches(string? given, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given ?? "")),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
