using ChatAssistant.Channels.Telegram.Bots;
using Telegram.Bot.Types.Enums;
using TgMessage = Telegram.Bot.Types.Message;

namespace ChatAssistant.Channels.Telegram.Mapping;

/// <summary>
/// In a group the bot speaks only when spoken to: a mention (@bot), a reply to one of its messages, or a
/// /command@bot. Everything else is the group's own conversation and is neither stored nor answered.
/// </summary>
public static class GroupAddressing
{
    public static bool IsAddressed(TgMessage message, TelegramBot bot)
    {
        if (message.ReplyToMessage?.From is { } repliedTo && repliedTo.Id == bot.Id)
        {
            return true;
        }

        if (bot.Username is not { Length: > 0 } name || message.Text is not { } text)
        {
            return false;
        }

        foreach (var entity in message.Entities ?? [])
        {
            if (entity.Offset + entity.Length > text.Length)
            {
                continue;
            }

            var part = text.Substring(entity.Offset, entity.Length);
            if (entity.Type == MessageEntityType.Mention && part.Equals("@" + name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (entity.Type == MessageEntityType.BotCommand && part.EndsWith("@" + name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"@Bot come faccio lo SPID?" → "come faccio lo SPID?"; "/menu@Bot" → "/menu".</summary>
    public static string StripBotName(string text, TelegramBot bot)
    {
        if (bot.Username is not { Length: > 0 } name)
        {
            return text;
        }

        var stripped = CommandText.Normalize(text, name).Replace("@" + name, "", StringComparison.OrdinalIgnoreCase);
        return stripped.Trim();
    }
}
