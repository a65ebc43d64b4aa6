using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Channels.Telegram.Bots;
using ChatAssistant.Core.Activities;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using TgMessage = Telegram.Bot.Types.Message;

namespace ChatAssistant.Channels.Telegram.Mapping;

/// <summary>
/// Telegram update → Activity, the only place that knows Telegram's incoming shapes.
/// activity.Id is the update_id, so the pipeline's stored dedupe drops a redelivered update (callback queries too).
/// </summary>
public static class UpdateMapper
{
    public static InboundUpdate Map(Update update, TelegramBot bot)
    {
        if (update.Message is { } message)
        {
            return MapMessage(update.Id, message, bot);
        }

        if (update.CallbackQuery is { Message: { } origin } query)
        {
            return MapButtonPress(update.Id, query, origin, bot);
        }

        return InboundUpdate.Ignored;
    }

    private static InboundUpdate MapMessage(int updateId, TgMessage message, TelegramBot bot)
    {
        if (message.From is not { IsBot: false } from)
        {
            return InboundUpdate.Ignored;
        }

        var isGroup = message.Chat.Type is ChatType.Group or ChatType.Supergroup;
        if (message.Chat.Type == ChatType.Channel)
        {
            return InboundUpdate.Ignored;
        }

        var activity = NewActivity(updateId, message.Chat, from, bot, isGroup, message.Date);
        var channelData = new JsonObject { ["messageId"] = message.MessageId, ["chatType"] = message.Chat.Type.ToString().ToLowerInvariant() };
        InboundKind kind;
        if (message.Text is { } text)
        {
            if (isGroup && !GroupAddressing.IsAddressed(message, bot))
            {
                return InboundUpdate.Ignored;
            }

            activity.Text = isGroup ? GroupAddressing.StripBotName(text, bot) : CommandText.Normalize(text, bot.Username);
            kind = InboundKind.Text;
        }
        else if (isGroup && !GroupAddressing.IsAddressed(message, bot))
        {
            return InboundUpdate.Ignored;
        }
        else if (message.Location is { } location)
        {
            activity.Value = JsonSerializer.SerializeToElement(new JsonObject
            {
                ["location"] = new JsonObject { ["latitude"] = location.Latitude, ["longitude"] = location.Longitude },
            });
            channelData["received"] = "location";
            kind = InboundKind.Shared;
        }
        else if (message.Contact is { } contact)
        {
            activity.Value = JsonSerializer.SerializeToElement(new JsonObject
            {
                ["contact"] = new JsonObject
                {
                    ["phoneNumber"] = contact.PhoneNumber,
                    ["firstName"] = contact.FirstName,
                    ["lastName"] = contact.LastName,
                    ["userId"] = contact.UserId,
                },
            });
            channelData["received"] = "contact";
            kind = InboundKind.Shared;
        }
        else if (UnsupportedKind(message) is { } unsupported)
        {
            // No text on purpose: the bot has nothing to understand, the edge answers kindly (see TelegramUpdateHandler).
            activity.Attachments = [new Attachment { ContentType = unsupported.ContentType, Name = unsupported.Kind }];
            channelData["unsupported"] = unsupported.Kind;
            if (SharedFileOf(message) is { } file)
            {
                // For the turn only (a flow that takes a photo fetches it by this id); the transcript keeps none of it.
                activity.Value = JsonSerializer.SerializeToElement(new JsonObject { ["file"] = file });
            }

            kind = InboundKind.Unsupported;
        }
        else
        {
            // Service messages (members joined, pinned, ...): nothing to answer.
            return InboundUpdate.Ignored;
        }

        activity.ChannelData = JsonSerializer.SerializeToElement(channelData);
        return new InboundUpdate(kind, activity) { IsGroup = isGroup, Language = from.LanguageCode };
    }

    private static InboundUpdate MapButtonPress(int updateId, CallbackQuery query, TgMessage origin, TelegramBot bot)
    {
        var isGroup = origin.Chat.Type is ChatType.Group or ChatType.Supergroup;
        var activity = NewActivity(updateId, origin.Chat, query.From, bot, isGroup, date: null);
        var data = query.Data ?? "";
        activity.Text = CallbackData.IsKey(data) ? null : data;
        activity.ChannelData = JsonSerializer.SerializeToElement(new JsonObject
        {
            ["messageId"] = origin.MessageId,
            ["callbackQueryId"] = query.Id,
            ["chatType"] = origin.Chat.Type.ToString().ToLowerInvariant(),
        });
        var title = origin.ReplyMarkup?.InlineKeyboard.SelectMany(row => row).FirstOrDefault(b => b.CallbackData == data)?.Text;
        return new InboundUpdate(InboundKind.ButtonPress, activity)
        {
            CallbackQueryId = query.Id,
            CallbackData = data,
            ButtonTitle = title,
            IsGroup = isGroup,
            Language = query.From.LanguageCode,
        };
    }

    private static Activity NewActivity(int updateId, Chat chat, User from, TelegramBot bot, bool isGroup, DateTime? date) => new()
    {
        Type = ActivityTypes.Message,
        Id = updateId.ToString(CultureInfo.InvariantCulture),
        Timestamp = date is { } d && d > DateTime.UnixEpoch ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : null,
        ChannelId = ChannelIds.Telegram,
        // No name: the bot does not use it, and it would reach the transcript and the outbox through the replies.
        From = new ChannelAccount { Id = from.Id.ToString(CultureInfo.InvariantCulture), Role = RoleTypes.User },
        Recipient = new ChannelAccount { Id = bot.Id.ToString(CultureInfo.InvariantCulture), Name = bot.Username, Role = RoleTypes.Bot },
        Conversation = new ConversationAccount
        {
            Id = chat.Id.ToString(CultureInfo.InvariantCulture),
            IsGroup = isGroup,
            ConversationType = isGroup ? "groupChat" : "personal",
            TenantId = bot.Tenant,
        },
        Locale = from.LanguageCode,
    };

    /// <summary>A photo (its largest size) or a document, as <c>SharedInput.File</c> reads it.</summary>
    private static JsonObject? SharedFileOf(TgMessage m) => m switch
    {
        { Photo: { Length: > 0 } sizes } => new JsonObject
        {
            ["fileId"] = sizes[^1].FileId, ["size"] = sizes[^1].FileSize, ["mimeType"] = "image/jpeg", ["kind"] = "photo",
        },
        { Document: { } document } => new JsonObject
        {
            ["fileId"] = document.FileId, ["size"] = document.FileSize, ["mimeType"] = document.MimeType ?? "application/octet-stream", ["kind"] = "document",
        },
        _ => null,
    };

    private static (string Kind, string ContentType)? UnsupportedKind(TgMessage m) => m switch
    {
        { Photo: { Length: > 0 } } => ("photo", "image/jpeg"),
        { Voice: not null } => ("voice", "audio/ogg"),
        { Audio: not null } => ("audio", "audio/mpeg"),
        { Video: not null } => ("video", "video/mp4"),
        { VideoNote: not null } => ("video_note", "video/mp4"),
        { Document: not null } => ("document", "application/octet-stream"),
        { Sticker: not null } => ("sticker", "image/webp"),
        _ => null,
    };
}
