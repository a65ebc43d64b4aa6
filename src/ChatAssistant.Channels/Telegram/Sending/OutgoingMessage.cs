using ChatAssistant.Channels.Telegram.Mapping;
using ChatAssistant.Core.Activities;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatAssistant.Channels.Telegram.Sending;

/// <summary>One sendMessage call: HTML text and, on the last part of a reply, its buttons.</summary>
public sealed record OutgoingMessage(string Html, InlineKeyboardMarkup? Keyboard);

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

        if (string.IsNullOrWhiteSpace(text))
        {
            // Telegram needs text to carry buttons.
            return keyboard is null ? [] : [new OutgoingMessage("👇", keyboard)];
        }

        var plain = string.Equals(activity.TextFormat, "plain", StringComparison.OrdinalIgnoreCase);
        var parts = MessageSplitter.Split(text);
        return parts.Select((part, i) => new OutgoingMessage(
            plain ? TelegramHtml.FromPlain(part) : TelegramHtml.FromMarkdown(part),
            i == parts.Count - 1 ? keyboard : null)).ToList();
    }

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
