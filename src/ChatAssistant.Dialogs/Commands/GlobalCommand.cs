namespace ChatAssistant.Dialogs.Commands;

/// <summary>Words that work anywhere, even in the middle of a flow.</summary>
public enum GlobalCommand
{
    None,
    /// <summary>/start: the greeting and the menu.</summary>
    Start,
    /// <summary>menu, /menu: the main menu.</summary>
    Menu,
    /// <summary>annulla, cancel, stop: end every flow.</summary>
    Cancel,
    /// <summary>aiuto, help.</summary>
    Help,
    /// <summary>operatore, volontario, operator, human.</summary>
    Volunteer,
    Language,
    Privacy,
    /// <summary>/avvisi: neighbourhood announcements (follow, list, stop).</summary>
    Announcements,
    /// <summary>/stop_avvisi, or the button under an announcement: no more announcements.</summary>
    StopAnnouncements,
    /// <summary>A /command the bot does not know.</summary>
    UnknownCommand,
}
