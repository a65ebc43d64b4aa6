using ChatAssistant.Core.Activities;

namespace ChatAssistant.Core.Conversations;

/// <summary>
/// The first line of an automatic message sent while a volunteer holds the chat, so the citizen does not take it for
/// the volunteer's answer (nor for the bot butting in): plain Italian, English for English speakers.
/// </summary>
public static class AutomaticMark
{
    public const string Italian = "🤖 Messaggio automatico, non del volontario:";
    public const string English = "🤖 Automatic message, not from the volunteer:";

    /// <summary>Puts the mark on top of <paramref name="message"/>'s text, once.</summary>
    public static Activity Apply(Activity message, string? language)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mark = language == "en" ? English : Italian;
        if (message.Text?.StartsWith(mark, StringComparison.Ordinal) != true)
        {
            message.Text = mark + "\n" + message.Text;
        }

        return message;
    }
}
