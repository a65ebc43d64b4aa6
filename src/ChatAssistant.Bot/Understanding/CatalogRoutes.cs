using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Core.Understanding;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Understanding;

/// <summary>Where a recognized catalogue id leads: an intent starts its flow, a topic gets its answer, none says so.</summary>
public static class CatalogRoutes
{
    public const string IntentPrefix = "intent:";

    /// <summary>Intents whose flow is not named after them; any other intent:x starts the flow x.</summary>
    private static readonly Dictionary<string, string> IntentFlows = new(StringComparer.Ordinal)
    {
        ["intent:saluto"] = FlowIds.Welcome,
        ["intent:operatore"] = FlowIds.Volunteer,
    };

    public static string FlowForIntent(string intentId) =>
        IntentFlows.GetValueOrDefault(intentId) ?? intentId[IntentPrefix.Length..];

    /// <summary>The flow to start for <paramref name="id"/> and its starting values.</summary>
    public static (string FlowId, IReadOnlyDictionary<string, string>? Values) Route(string id, Func<string, bool> flowExists)
    {
        if (id == Recognition.None)
        {
            return (FlowIds.Unknown, null);
        }

        if (id.StartsWith(IntentPrefix, StringComparison.Ordinal))
        {
            var flow = FlowForIntent(id);
            return (flowExists(flow) ? flow : FlowIds.Unknown, null);
        }

        return (FlowIds.Answer, new Dictionary<string, string>(StringComparer.Ordinal) { [FlowValues.Topic] = id });
    }

    /// <summary>An action's outcome that goes where <paramref name="id"/> leads (a button the citizen pressed).</summary>
    public static ActionOutcome SwitchTo(string id, Func<string, bool> flowExists)
    {
        var (flow, values) = Route(id, flowExists);
        return ActionOutcome.SwitchTo(flow, values);
    }
}
