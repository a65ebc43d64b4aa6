namespace ChatAssistant.Handoff.Hours;

/// <summary>One municipality's handoff settings, from knowledge-base/comuni/&lt;tenant&gt;/handoff.yaml.</summary>
/// <param name="ClaimTimeout">How long a citizen waits before the apology and the choices (keep waiting, leave a message).</param>
public sealed record TenantHandoffSettings(DeskSchedule Schedule, AssignmentMode Assignment, TimeSpan ClaimTimeout);
