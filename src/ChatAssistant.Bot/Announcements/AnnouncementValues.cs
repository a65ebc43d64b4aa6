namespace ChatAssistant.Bot.Announcements;

/// <summary>The values the avvisi flow and its actions share by name.</summary>
internal static class AnnouncementValues
{
    /// <summary>"yes" when the citizen already follows a neighbourhood.</summary>
    public const string HasSubscriptions = "ha_iscrizioni";
    /// <summary>The citizen's neighbourhoods as options (id, name).</summary>
    public const string Mine = "mie";
    /// <summary>The neighbourhoods offered as buttons (all, or the close matches of what was typed).</summary>
    public const string Offered = "quartieri";
    /// <summary>What the citizen typed or pressed.</summary>
    public const string Typed = "quartiere";
    public const string ChosenId = "quartiere_id";
    public const string ChosenName = "nome";
    /// <summary>The neighbourhood to stop (an id of <see cref="Mine"/>).</summary>
    public const string ToStop = "quale_stop";
    public const string Outcome = "esito";
    public const string Retry = "retry";
    public const string List = "elenco";
}
