using System.Globalization;
using ChatAssistant.Channels.Telegram.Bots;
using ChatAssistant.Core.Outbox;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace ChatAssistant.Channels.Telegram.Sending;

/// <summary>deleteMessage for a message the bot sent; Telegram refuses (400) when it is over 48 hours old or gone already.</summary>
public sealed class TelegramMessageDeleter(TelegramBots bots) : IChannelMessageDeleter
{
    public async Task<bool> TryDeleteAsync(string botId, string chatId, long messageId, CancellationToken cancellationToken = default)
    {
        if (bots.Find(botId) is not { } bot || !long.TryParse(chatId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var chat))
        {
            return false;
        }

        try
        {
            await bot.Client.DeleteMessage(chat, (int)messageId, cancellationToken);
            return true;
        }
        catch (ApiRequestException)
        {
            return false;
        }
    }
}
