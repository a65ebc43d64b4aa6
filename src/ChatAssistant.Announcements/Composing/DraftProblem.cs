namespace ChatAssistant.Announcements.Composing;

/// <summary>Why a draft or an action was refused: the field, and the reason in Italian (console) and English (API).</summary>
public sealed record DraftProblem(string Field, string It, string En);
