namespace ChatAssistant.Handoff.Assignment;

/// <summary>
/// Who has the console open. The console calls <see cref="Connected"/> when a volunteer's page connects and
/// <see cref="Disconnected"/> when the last of their pages goes; auto-assignment gives tickets to online volunteers only.
/// </summary>
public interface IVolunteerPresence
{
    void Connected(Volunteer volunteer);

    void Disconnected(string tenantId, string volunteerId);

    IReadOnlyList<Volunteer> Online(string tenantId);
}
