namespace ChatAssistant.Bot.Dialogs;

/// <summary>The flows the bot's code starts by name; start-up validation checks that each exists.</summary>
public static class FlowIds
{
    public const string Welcome = "benvenuto";
    public const string Menu = "menu";
    public const string Help = "aiuto";
    public const string Language = "lingua";
    public const string Privacy = "privacy";
    public const string Volunteer = "volontario";
    public const string Answer = "risposta";
    public const string DidYouMean = "intendevi";
    public const string Unknown = "non-so";
    public const string Announcements = "avvisi";
    public const string StopAnnouncements = "avvisi-stop";

    public static readonly IReadOnlyList<string> All = [Welcome, Menu, Help, Language, Privacy, Volunteer, Answer, DidYouMean, Unknown, Announcements, StopAnnouncements];
}

/// <summary>Values flows and actions share by name.</summary>
public static class FlowValues
{
    public const string Topic = "topic";
    public const string Alternatives = "alternatives";
    public const string Feedback = "feedback";
    public const string Related = "related";
    /// <summary>The buttons under an answer: parts not shown yet and the related flow (see Knowledge.AnswerMenu).</summary>
    public const string AnswerOptions = "answer_options";
    /// <summary>"yes" while some part of the answer is still hidden behind a button.</summary>
    public const string HasMore = "has_more";
    /// <summary>The parts of the current answer already sent, comma-separated.</summary>
    public const string AnswerShown = "answer_shown";
    public const string Language = "lingua";

    /// <summary>A second need of the citizen's message, offered as a button after the answer to the first.</summary>
    public const string OtherNeed = "other_need";

    public const string OtherNeedTitle = "other_need_title";
}
