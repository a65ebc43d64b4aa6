using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatAssistant.Channels.Tests.Telegram.Harness;

/// <summary>A citizen's Telegram app, played through the emulator's client routes.</summary>
public sealed class EmulatorUser(Uri baseUrl) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
    private readonly Dictionary<string, List<BotMessage>> _received = new(StringComparer.Ordinal);

    public static JsonObject Chat(long chatId, string type = "private") => new() { ["id"] = chatId, ["type"] = type, ["first_name"] = "Maria" };

    public static JsonObject From(long userId, string language = "it") =>
        new() { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Maria", ["language_code"] = language };

    /// <summary>Sends text as the user; a leading "/word" is marked as a command like Telegram does.</summary>
    public Task SendTextAsync(string token, long chatId, string text, long? userId = null, string language = "it", string chatType = "private")
    {
        var message = new JsonObject
        {
            ["botToken"] = token,
            ["from"] = From(userId ?? chatId, language),
            ["chat"] = Chat(chatId, chatType),
            ["date"] = 1_700_000_000,
            ["text"] = text,
        };
        if (text.StartsWith('/'))
        {
            var end = text.IndexOf(' ', StringComparison.Ordinal);
            message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = end < 0 ? text.Length : end });
            return PostAsync("/sendCommand", message);
        }

        return PostAsync("/sendMessage", message);
    }

    /// <summary>Sends any message fields (a photo, a location...) as the user.</summary>
    public Task SendMessageAsync(string token, long chatId, JsonObject fields)
    {
        fields["botToken"] = token;
        fields["from"] ??= From(chatId);
        fields["chat"] ??= Chat(chatId);
        fields["date"] ??= 1_700_000_000;
        return PostAsync("/sendMessage", fields);
    }

    /// <summary>Presses the button with <paramref name="title"/> on <paramref name="message"/>.</summary>
    public Task PressAsync(string token, long chatId, BotMessage message, string title)
    {
        var button = message.Buttons.Single(b => b.Text == title);
        var origin = new JsonObject
        {
            ["message_id"] = message.MessageId,
            ["chat"] = Chat(chatId),
            ["date"] = 1_700_000_000,
            ["text"] = message.Text,
            ["reply_markup"] = message.Raw["reply_markup"]?.DeepClone(),
        };
        return PostAsync("/sendCallback", new JsonObject
        {
            ["botToken"] = token,
            ["from"] = From(chatId),
            ["message"] = origin,
            ["data"] = button.CallbackData,
        });
    }

    /// <summary>Waits (bounded) until the bot has sent <paramref name="count"/> messages to the chat in all; returns them all.</summary>
    public async Task<IReadOnlyList<BotMessage>> WaitForMessagesAsync(string token, long chatId, int count, TimeSpan? within = null)
    {
        var key = $"{token}|{chatId}";
        if (!_received.TryGetValue(key, out var all))
        {
            all = [];
            _received[key] = all;
        }

        var limit = Stopwatch.StartNew();
        while (all.Count < count && limit.Elapsed < (within ?? TimeSpan.FromSeconds(30)))
        {
            var response = await _http.PostAsJsonAsync("/getUpdates", new { token, chatId });
            var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            foreach (var item in json["result"]!.AsArray())
            {
                all.Add(BotMessage.From(item!));
            }

            if (all.Count < count)
            {
                await Task.Delay(100);
            }
        }

        return all.ToList();
    }

    /// <summary>Everything the bot sent to this chat so far, after a short settle (to catch a message that should not come).</summary>
    public async Task<IReadOnlyList<BotMessage>> SettleAsync(string token, long chatId, int expected)
    {
        await WaitForMessagesAsync(token, chatId, expected);
        return await WaitForMessagesAsync(token, chatId, expected + 1, TimeSpan.FromSeconds(2.5));
    }

    public async Task<JsonNode> StatsAsync(string token) =>
        JsonNode.Parse(await _http.GetStringAsync($"/__control/stats?token={Uri.EscapeDataString(token)}"))!;

    public void Dispose() => _http.Dispose();

    private async Task PostAsync(string path, JsonObject body)
    {
        using var response = await _http.PostAsync(path, new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }
}

public sealed record BotButton(string Text, string? CallbackData, string? Url);

public sealed record BotMessage(int MessageId, string Text, string? ParseMode, IReadOnlyList<BotButton> Buttons, JsonNode Raw)
{
    public static BotMessage From(JsonNode stored)
    {
        var message = stored["message"]!;
        var buttons = new List<BotButton>();
        var markup = message["reply_markup"];
        if (markup is JsonValue value && value.TryGetValue<string>(out var text))
        {
            markup = JsonNode.Parse(text);
        }

        foreach (var row in markup?["inline_keyboard"]?.AsArray() ?? [])
        {
            foreach (var b in row!.AsArray())
            {
                buttons.Add(new BotButton(b!["text"]!.GetValue<string>(), b["callback_data"]?.GetValue<string>(), b["url"]?.GetValue<string>()));
            }
        }

        var copy = message.DeepClone();
        if (markup is not null)
        {
            copy["reply_markup"] = markup.DeepClone();
        }

        return new BotMessage(stored["messageId"]!.GetValue<int>(), message["text"]?.GetValue<string>() ?? "",
            message["parse_mode"]?.GetValue<string>(), buttons, copy);
    }

    public override string ToString() => Text;
}

internal static class JsonNodeExtensions
{
    public static JsonElement ToElement(this JsonNode node) => JsonSerializer.SerializeToElement(node);
}
