using System.Text.Json;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Pipeline;

namespace ChatAssistant.Handoff.Tests.Support;

/// <summary>One citizen's chat: what they send through the pipeline, and everything the service wrote to them.</summary>
internal sealed class Citizen(HandoffWorld world, string chatId, string channel, string tenant, string name)
{
    private int _sequence;
    private long _readUpTo;

    public string Key => ConversationKey.Of(channel, chatId);

    /// <summary>The replies of the last turn.</summary>
    public IReadOnlyList<Activity> Replies { get; private set; } = [];

    public async Task<Citizen> Send(string text) => await Process(new Activity { Type = ActivityTypes.Message, Text = text });

    public Task<Citizen> Activity(string type, string? name = null) => Process(new Activity { Type = type, Name = name, Value = JsonDocument.Parse("{}").RootElement });

    /// <summary>Every message to the citizen not read yet (turn replies, volunteers' messages, notices), oldest first.</summary>
    public async Task<IReadOnlyList<Activity>> NewMessagesAsync()
    {
        var entries = await world.Conversations.ReadTranscriptAsync(Key, _readUpTo, 1000);
        if (entries.Count > 0)
        {
            _readUpTo = entries[^1].Sequence;
        }

        return entries.Select(e => ActivityJson.Deserialize(e.ActivityJson)).Where(a => a.From?.Role == RoleTypes.Bot).ToList();
    }

    public Citizen AssertReply(string contains)
    {
        Assert.True(Replies.Any(r => r.Text?.Contains(contains, StringComparison.Ordinal) == true),
            $"No reply contains \"{contains}\". Replies:\n{string.Join("\n", Replies.Select(r => "  - " + r.Text))}");
        return this;
    }

    public Citizen AssertSilent()
    {
        Assert.True(Replies.Count == 0, $"The bot answered:\n{string.Join("\n", Replies.Select(r => "  - " + r.Text))}");
        return this;
    }

    private async Task<Citizen> Process(Activity activity)
    {
        activity.Id = $"{chatId}-{++_sequence}";
        activity.ChannelId = channel;
        activity.From = new ChannelAccount { Id = "user-" + chatId, Name = name, Role = RoleTypes.User };
        activity.Recipient = new ChannelAccount { Id = "bot", Role = RoleTypes.Bot };
        activity.Conversation = new ConversationAccount { Id = chatId, TenantId = tenant };
        activity.Locale = "it-IT";
        var result = await world.Pipeline.ProcessAsync(activity);
        // A message is a turn; an event or conversationUpdate the bot does not handle is not even stored (issue 18).
        Assert.Contains(result.Outcome, activity.IsMessage ? [TurnOutcome.Processed] : new[] { TurnOutcome.Processed, TurnOutcome.Ignored });
        Replies = result.Replies;
        return this;
    }
}

internal static class CitizenChain
{
    public static async Task<Citizen> Send(this Task<Citizen> citizen, string text) => await (await citizen).Send(text);

    public static async Task<Citizen> AssertReply(this Task<Citizen> citizen, string contains) => (await citizen).AssertReply(contains);

    public static async Task<Citizen> AssertSilent(this Task<Citizen> citizen) => (await citizen).AssertSilent();
}
