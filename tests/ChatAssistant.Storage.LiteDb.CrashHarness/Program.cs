using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.LiteDb;

// Usage: dotnet ChatAssistant.Storage.LiteDb.CrashHarness.dll <data folder> [conversations] [kill-self-after]
// Commits turns in a loop from several conversations at once and prints "committed <n> <conversation>" as soon as
// each CommitTurnAsync returns: the moment the real bot would send its reply. With kill-self-after, the process
// SIGKILLs itself right after printing that many commits: no time for a background writer to catch up.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: CrashHarness <data folder> [conversations]");
    return 2;
}

var conversations = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 8;
var killSelfAfter = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue;
using var store = new LiteDbStore(args[0]);
Console.WriteLine("ready");
var counter = 0;
var printed = 0;
var now = new DateTimeOffset(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);

await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
{
    var key = ConversationKey.Of(ChannelIds.Telegram, $"crash{c}");
    var state = await store.GetStateAsync(key) ?? new ConversationState { Key = key, TenantId = "milano", ChannelId = ChannelIds.Telegram };
    while (true)
    {
        var n = Interlocked.Increment(ref counter);
        state.Memory["turn"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        state.RecentMessageIds = [n.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        var result = await store.CommitTurnAsync(new TurnCommit
        {
            State = state,
            Transcript = [Activity($"crash{c}", $"question {n}", now), Activity($"crash{c}", $"answer {n}", now)],
        });
        if (!result.Committed)
        {
            Console.Error.WriteLine($"stale commit {n}");
            return;
        }

        Console.WriteLine($"committed {n} {key}");
        // Counts printed commits, not turn numbers: turns of different conversations can finish out of order.
        if (Interlocked.Increment(ref printed) >= killSelfAfter)
        {
            System.Diagnostics.Process.GetCurrentProcess().Kill();
        }
    }
})));
return 0;

static Activity Activity(string conversationId, string text, DateTimeOffset at) => new()
{
    Type = ActivityTypes.Message,
    ChannelId = ChannelIds.Telegram,
    Conversation = new ConversationAccount { Id = conversationId },
    Text = text,
    Timestamp = at,
};
