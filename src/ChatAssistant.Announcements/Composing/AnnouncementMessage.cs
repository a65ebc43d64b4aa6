using System.Text;
using ChatAssistant.Announcements.Neighbourhoods;
using ChatAssistant.Core.Activities;

namespace ChatAssistant.Announcements.Composing;

/// <summary>
/// The announcement as citizens read it: marked as automatic and from the committee ("📢 Avviso del Comitato …"), the
/// title in bold, the text, the link, and how to stop (a button and /stop_avvisi). The same text is the console's preview.
/// Formatting is the knowledge base's Markdown subset (**bold**, *italic*, [title](https://link)), escaped for Telegram.
/// </summary>
public static class AnnouncementMessage
{
    /// <summary>What the stop button sends: the command works anywhere, even inside another flow.</summary>
    public const string StopCommand = "/stop_avvisi";

    /// <summary>Telegram's limit for one message, less a margin for the HTML the Markdown becomes.</summary>
    public const int MaxLength = 4000;

    public static string Text(Announcement a, TenantNeighbourhoods? tenant, string language, bool webChat = false, string? imageUrl = null)
    {
        var en = language == "en";
        var names = string.Join(", ", a.NeighbourhoodIds.Select(id => tenant?.Find(id)?.Name ?? id));
        var text = new StringBuilder();
        if (webChat)
        {
            text.Append(en ? "📰 News from your neighbourhood" : "📰 Novità dal tuo quartiere").Append("\n\n");
        }

        text.Append(en ? "📢 Notice from the Committee: " : "📢 Avviso del Comitato: ").Append(names).Append("\n\n")
            .Append("**").Append(a.Title.Trim()).Append("**\n\n")
            .Append(a.Text.Trim());
        if (!string.IsNullOrWhiteSpace(a.Link))
        {
            text.Append("\n\n").Append(a.Link.Trim());
        }

        if (imageUrl is not null)
        {
            text.Append("\n\n").Append(en ? "🖼 Picture: " : "🖼 Immagine: ").Append(imageUrl);
        }

        text.Append("\n\n").Append(en
            ? $"Automatic message: the bot sends it to whoever asked for this neighbourhood's news. To stop: the button below or {StopCommand}"
            : $"Messaggio automatico: arriva a chi ha chiesto le notizie di questo quartiere. Per non riceverli più: il tasto qui sotto o {StopCommand}");
        return text.ToString();
    }

    public static Activity Build(Announcement a, TenantNeighbourhoods? tenant, string language, bool webChat = false, string? imageUrl = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = Text(a, tenant, language, webChat, imageUrl),
        Locale = language,
        SuggestedActions = new SuggestedActions
        {
            Actions = [CardAction.ImBack(language == "en" ? "Stop these notices" : "Non voglio più avvisi", StopCommand)],
        },
    };
}
