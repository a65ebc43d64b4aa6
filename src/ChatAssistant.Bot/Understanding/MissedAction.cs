using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Understanding;

/// <summary>
/// <c>understanding.missed</c>: counts the messages in a row the bot did not understand. The second time, asking again
/// would only frustrate: it says so and shows the help desks, where a volunteer helps in person (live chat with
/// volunteers is not built yet).
/// </summary>
public sealed class MissedAction : IDialogAction
{
    public const string Name = "understanding.missed";

    /// <summary>The count lives in the conversation's memory; anything understood resets it.</summary>
    public const string MissesMemory = "misses";

    public const int MissesBeforeDesks = 2;

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var memory = context.Turn.State.Memory;
        var misses = (int.TryParse(memory.GetValueOrDefault(MissesMemory), out var count) ? count : 0) + 1;
        if (misses < MissesBeforeDesks)
        {
            memory[MissesMemory] = misses.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Task.FromResult(ActionOutcome.Continue);
        }

        memory.Remove(MissesMemory);
        context.Say(BotTextKeys.UnknownAgain);
        return Task.FromResult(ActionOutcome.SwitchTo(FlowIds.Volunteer));
    }

    /// <summary>Something was understood: the next miss is a first one again.</summary>
    public static void Reset(Core.Conversations.ConversationState state) => state.Memory.Remove(MissesMemory);
}
