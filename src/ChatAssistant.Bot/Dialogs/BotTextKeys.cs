using ChatAssistant.Dialogs.Commands;

namespace ChatAssistant.Bot.Dialogs;

/// <summary>Text keys the C# code uses (the flows' own keys are checked from the flows).</summary>
public static class BotTextKeys
{
    public const string FloodNotice = "flood.notice";
    public const string SecretWarning = "privacy.secret_warning";
    public const string CancelDone = "cancel.done";
    public const string UnknownCommand = "command.unknown";
    public const string TextOnly = "input.text_only";
    public const string HandoffSoon = "handoff.soon";
    public const string DesksIntro = "desks.intro";
    public const string DesksNone = "desks.none";
    public const string DesksWebsite = "desks.website";
    public const string CheckHere = "kb.check_here";
    public const string Erased = "privacy.erased";
    public const string Menu = "button.menu";
    public const string MoreSteps = "kb.more_steps";
    public const string MoreNeeds = "kb.more_needs";
    public const string DesksCheckBefore = "desks.check_before";
    public const string DesksHoursOnWebsite = "desks.hours_on_website";
    public const string UnknownAgain = "unknown.again";

    /// <summary>The label of a button that opens <paramref name="flowId"/> from an answer, e.g. related.prenota.</summary>
    public static string Related(string flowId) => "related." + flowId;

    public static readonly IReadOnlyList<string> All =
    [
        FloodNotice, SecretWarning, CancelDone, UnknownCommand, TextOnly, HandoffSoon, DesksIntro, DesksNone, DesksWebsite,
        CheckHere, Erased, Menu, MoreSteps, MoreNeeds, DesksCheckBefore, DesksHoursOnWebsite, UnknownAgain, .. GlobalCommands.ButtonKeys.Keys,
    ];
}
