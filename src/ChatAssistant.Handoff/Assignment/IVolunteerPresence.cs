namespace ChatAssistant.Handoff.Assignment;

/// <summary>
/// Who has the console open, across hosts. The console calls <see cref="ConnectedAsync"/> when a volunteer's page
/// connects and <see cref="DisconnectedAsync"/> when it goes; auto-assignment gives tickets to online volunteers only.
/// </summary>
public interface IVolunteerPresence
{
    Task ConnectedAsync(Volunteer volunteer, CancellationToken cancellationToken = default);

    Task DisconnectedAsync(string tenantId, string volunteerId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Volunteer>> OnlineAsync(string tenantId, CancellationToken cancellationToken = default);
}
