using ChatAssistant.Core.Citizens;

namespace ChatAssistant.Core.Storage;

public interface ICitizenStore
{
    Task<Citizen?> GetAsync(string citizenId, CancellationToken cancellationToken = default);

    Task UpsertAsync(Citizen citizen, CancellationToken cancellationToken = default);

    /// <summary>Erases the citizen, every conversation state and transcript of theirs, and their pending outbox messages.</summary>
    Task EraseAsync(string citizenId, CancellationToken cancellationToken = default);
}
