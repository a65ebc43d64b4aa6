using ChatAssistant.Handoff.Assignment;

namespace ChatAssistant.Handoff.Storage;

/// <summary>
/// Who has a console open, on any host: each host writes a row per volunteer connected to it and renews it on a
/// heartbeat; a row not renewed in time (its host died) stops counting when it expires. One contract suite, both engines.
/// </summary>
public interface IVolunteerPresenceStore
{
    /// <summary>
    /// Marks <paramref name="volunteers"/> online through <paramref name="hostId"/> until <paramref name="until"/> (new
    /// or renewed, with their current name and skills) and deletes every host's rows expired at <paramref name="now"/>.
    /// </summary>
    Task BeatAsync(string hostId, IReadOnlyList<Volunteer> volunteers, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>The volunteer closed their last page on <paramref name="hostId"/>; their pages on other hosts still count.</summary>
    Task RemoveAsync(string hostId, string tenantId, string volunteerId, CancellationToken cancellationToken = default);

    /// <summary>The tenant's volunteers online at <paramref name="now"/> through any host, each once, by id.</summary>
    Task<IReadOnlyList<Volunteer>> ListOnlineAsync(string tenantId, DateTimeOffset now, CancellationToken cancellationToken = default);
}
