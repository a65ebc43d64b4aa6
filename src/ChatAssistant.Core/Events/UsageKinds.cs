namespace ChatAssistant.Core.Events;

/// <summary>What an anonymous <see cref="UsageEvent"/> counts. The reports sum events of each kind.</summary>
public static class UsageKinds
{
    /// <summary>A citizen's message answered (or not) by the bot: one per turn.</summary>
    public const string Turn = "turn";

    /// <summary>A volunteer took a waiting chat: carries the wait in seconds.</summary>
    public const string HandoffClaimed = "handoff-claimed";

    /// <summary>A volunteer closed a chat: carries the handling time in seconds (from claim to close).</summary>
    public const string HandoffClosed = "handoff-closed";

    /// <summary>A citizen rated a chat with a volunteer (1 to 5).</summary>
    public const string SurveyAnswered = "survey-answered";

    public const string AppointmentBooked = "appointment-booked";

    public const string AppointmentAttended = "appointment-attended";

    public const string AppointmentNoShow = "appointment-no-show";

    public static IReadOnlyList<string> All { get; } =
        [Turn, HandoffClaimed, HandoffClosed, SurveyAnswered, AppointmentBooked, AppointmentAttended, AppointmentNoShow];
}
