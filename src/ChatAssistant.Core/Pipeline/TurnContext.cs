using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Citizens;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Core.Events;
using ChatAssistant.Core.Tenants;

namespace ChatAssistant.Core.Pipeline;

/// <summary>
/// One turn: the incoming activity (already redacted once the redaction middleware ran), the conversation's
/// state, and the replies. Replies are buffered and leave only after the turn is stored.
/// </summary>
public sealed class TurnContext
{
    private readonly List<Activity> _replies = [];

    public TurnContext(Activity activity, ConversationState state, Citizen citizen, Tenant tenant, DateTimeOffset now)
    {
        Activity = activity;
        State = state;
        Citizen = citizen;
        Tenant = tenant;
        Now = now;
    }

    public Activity Activity { get; }
    public ConversationState State { get; }
    public Citizen Citizen { get; }
    public Tenant Tenant { get; }
    public DateTimeOffset Now { get; }

    /// <summary>"it" or "en": the language the bot answers in this turn.</summary>
    public string Language => State.Language ?? Languages.Default;

    public IReadOnlyList<Activity> Replies => _replies;

    /// <summary>Set by a middleware that consumed the activity: the turn is stored but the bot does not answer it.</summary>
    public bool Dropped { get; set; }

    /// <summary>Set by a middleware when the incoming activity must not be stored either (a flood past its notice).</summary>
    public bool NotStored { get; set; }

    /// <summary>The citizen asked to delete their data; the store erases it instead of saving this turn.</summary>
    public bool EraseCitizenData { get; set; }

    /// <summary>
    /// The sender's name as the channel gave it (a Telegram first name), for this turn only: the activity itself carries
    /// no name, so it never reaches the transcript or the outbox. A volunteer's ticket may show it.
    /// </summary>
    public string? SenderName { get; init; }

    /// <summary>The topic and outcome of this turn for the reports (set by the bot and the handoff).</summary>
    public TurnUsage Usage { get; } = new();

    /// <summary>Per-turn scratch space for middleware and handlers.</summary>
    public Dictionary<string, object> Items { get; } = [];

    public Activity Send(Activity reply)
    {
        _replies.Add(reply);
        return reply;
    }

    public Activity SendText(string text, IEnumerable<CardAction>? buttons = null)
    {
        var reply = Activity.CreateReply(text);
        reply.Locale = Language;
        var actions = buttons?.ToList();
        if (actions is { Count: > 0 })
        {
            reply.SuggestedActions = new SuggestedActions { Actions = actions };
        }

        return Send(reply);
    }
}
