using ChatAssistant.Channels.Telegram.Mapping;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Storage;

namespace ChatAssistant.Channels.Telegram.Receiving;

/// <summary>
/// Finds the full value behind a hashed callback_data (see <see cref="CallbackData"/>) in the conversation's
/// stored transcript: the bot's replies keep their suggested actions there. The latest match wins.
/// </summary>
public sealed class CallbackValueResolver(IConversationStore conversations)
{
    private const int PageSize = 200;

    public async Task<string?> ResolveAsync(string conversationKey, string key, CancellationToken cancellationToken)
    {
        string? found = null;
        long after = 0;
        while (true)
        {
            var page = await conversations.ReadTranscriptAsync(conversationKey, after, PageSize, cancellationToken);
            foreach (var entry in page)
            {
                if (!entry.ActivityJson.Contains("suggestedActions", StringComparison.Ordinal))
                {
                    continue;
                }

                var actions = ActivityJson.Deserialize(entry.ActivityJson).SuggestedActions?.Actions ?? [];
                foreach (var action in actions)
                {
                    if (action.Value is { } value && CallbackData.KeyFor(value) == key)
                    {
                        found = value;
                    }
                }
            }

            if (page.Count < PageSize)
            {
                return found;
            }

            after = page[^1].Sequence;
        }
    }
}
