namespace ChatAssistant.Handoff;

/// <summary>The texts of the handoff, in dialogs/strings/it.yaml and en.yaml; start-up checks each exists.</summary>
public static class HandoffTextKeys
{
    public const string Queued = "handoff.queued";
    public const string QueueUpdate = "handoff.queue_update";
    public const string StillWaiting = "handoff.still_waiting";
    public const string Claimed = "handoff.claimed";
    public const string Transferred = "handoff.transferred";
    public const string Released = "handoff.released";
    public const string Cancelled = "handoff.cancelled";
    public const string ClosedNow = "handoff.closed_now";
    public const string ClosedNoOpening = "handoff.closed_no_opening";
    public const string MessageSaved = "handoff.message_saved";
    public const string Apology = "handoff.apology";
    public const string KeepWaiting = "handoff.keep_waiting";
    public const string LeaveMessage = "handoff.leave_message";
    public const string WriteMessage = "handoff.write_message";
    public const string Survey = "handoff.survey";
    public const string SurveyThanks = "handoff.survey_thanks";
    public const string CommentThanks = "handoff.comment_thanks";
    public const string Today = "handoff.when_today";
    public const string Tomorrow = "handoff.when_tomorrow";
    public const string OnDay = "handoff.when_day";
    public const string Cancel = "button.cancel";
    public const string Menu = "button.menu";

    public static readonly IReadOnlyList<string> All =
    [
        Queued, QueueUpdate, StillWaiting, Claimed, Transferred, Released, Cancelled, ClosedNow, ClosedNoOpening, MessageSaved,
        Apology, KeepWaiting, LeaveMessage, WriteMessage, Survey, SurveyThanks, CommentThanks, Today, Tomorrow, OnDay,
    ];
}
