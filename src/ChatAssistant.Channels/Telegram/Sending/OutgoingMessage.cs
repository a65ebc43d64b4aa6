using System.Text;
using System.Text.Json;
using ChatAssistant.Channels.Telegram.Mapping;
using ChatAssistant.Core.Activities;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatAssistant.Channels.Telegram.Sending;

/// <summary>One Telegram call: a sendMessage with HTML text and, on the last text part of a reply, its buttons; or a sendDocument.</summary>
public sealed record OutgoingMessage(string Html, InlineKeyboardMarkup? Keyboard, OutgoingDocument? Document = null);

/// <summary>Activity → what Telegram receives. The only place that knows Telegram's outgoing shapes.</summary>
public static class ActivityRenderer
{
    /// <summary>Empty for activities Telegram has nothing to show for (typing, events, an empty message).</summary>
    public static IReadOnlyList<OutgoingMessage> Render(Activity activity)
    {
        if (!activity.IsMessage)
        {
            return [];
        }

        var keyboard = Keyboard(activity.SuggestedActions);
        var text = activity.Text ?? "";
        foreach (var link in activity.Attachments ?? [])
        {
            if (link.ContentUrl is { Length: > 0 } url)
            {
                text += $"\n[{link.Name ?? url}]({url})";
            }
        }

        var documents = Documents(activity).ToList();
        if (string.IsNullOrWhiteSpace(text))
        {
            // Telegram needs text to carry buttons.
            return keyboard is null ? documents : [new OutgoingMessage("👇", keyboard), .. documents];
        }

        var plain = string.Equals(activity.TextFormat, "plain", StringComparison.OrdinalIgnoreCase);
        var parts = MessageSplitter.Split(text);
        return [.. parts.Select((part, i) => new OutgoingMessage(
            plain ? TelegramHtml.FromPlain(part) : TelegramHtml.FromMarkdown(part),
            i == parts.Count - 1 ? keyboard : null)), .. documents];
    }

    /// <summary>
    /// Attachments carried inline as text with a file name (the booking's text/calendar entry) go as files after the
    /// text, in the order given; other inline content (cards) has no Telegram form and is left out.
    /// </summary>
    private static IEnumerable<OutgoingMessage> Documents(Activity activity) =>
        (activity.Attachments ?? [])
            .Where(a => string.IsNullOrEmpty(a.ContentUrl) && a.Name is { Length: > 0 } && a.Content is { ValueKind: JsonValueKind.String })
            .Select(a => new OutgoingMessage("", null, new OutgoingDocument(
                a.Name!, a.ContentType ?? "application/octet-stream", Encoding.UTF8.GetBytes(a.Content!.Value.GetString()!))));

    /// <summary>One button per row: long Italian labels stay readable on small phones.</summary>
    public static InlineKeyboardMarkup? Keyboard(SuggestedActions? actions)
    {
        var buttons = (actions?.Actions ?? []).Where(a => !string.IsNullOrWhiteSpace(a.Title ?? a.Value)).Select(a =>
        {
            var title = a.Title ?? a.Value!;
            return a.Type == ActionTypes.OpenUrl && a.Value is { Length: > 0 } url
                ? InlineKeyboardButton.WithUrl(title, url)
                : InlineKeyboardButton.WithCallbackData(title, CallbackData.Encode(a.Value ?? title));
        }).ToList();
        return buttons.Count == 0 ? null : new InlineKeyboardMarkup(buttons.Select(b => new[] { b }));
    }
}
