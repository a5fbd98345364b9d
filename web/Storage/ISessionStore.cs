namespace ReferralSim.Web.Storage;

/// <summary>Sessions and their participants.</summary>
public interface ISessionStore
{
    /// <exception cref="DuplicateKeyException">the id or join code is taken.</exception>
    Task CreateAsync(SessionRecord session, CancellationToken cancellationToken = default);

    Task<SessionRecord?> FindAsync(Guid sessionId, CancellationToken cancellationToken = default);

    /// <summary>Join codes are matched exactly (callers normalise case).</summary>
    Task<SessionRecord?> FindByJoinCodeAsync(string joinCode, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SessionRecord>> ListByFacilitatorAsync(Guid facilitatorId, CancellationToken cancellationToken = default);

    /// <summary>Sessions that were running or paused: rebuilt at start-up.</summary>
    Task<IReadOnlyList<SessionRecord>> ListLiveAsync(CancellationToken cancellationToken = default);

    Task SetStatusAsync(Guid sessionId, SessionStatus status, CancellationToken cancellationToken = default);

    Task AddParticipantAsync(ParticipantRecord participant, CancellationToken cancellationToken = default);

    Task<ParticipantRecord?> FindParticipantByTokenHashAsync(string tokenHash, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ParticipantRecord>> ListParticipantsAsync(Guid sessionId, CancellationToken cancellationToken = default);

    /// <summary>Sets (or clears, with null) a participant's role.</summary>
    Task AssignRoleAsync(Guid participantId, string? role, CancellationToken cancellationToken = default);
}
