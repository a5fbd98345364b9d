using System.Collections.Concurrent;

namespace ReferralSim.Web.Storage;

/// <summary>
/// Keeps each session's participant list in memory between changes, so that a participant's every
/// command (who are you, which role do you play?) and every board push do not read the database.
/// Any participant change made through this store (a join, a role taken, assigned or cleared) drops
/// the whole cache; a read that overlapped a change does not keep what it read. This holds because a
/// live session is owned by one server (ARCHITECTURE.md: the proxy routes a session's people to its
/// owner), so its participants change through this instance only.
/// </summary>
public sealed class ParticipantCachingSessionStore(ISessionStore inner) : ISessionStore
{
    private readonly ConcurrentDictionary<Guid, IReadOnlyList<ParticipantRecord>> _participants = new();
    private long _generation;

    public async Task<IReadOnlyList<ParticipantRecord>> ListParticipantsAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        if (_participants.TryGetValue(sessionId, out var cached))
        {
            return cached;
        }

        var generation = Interlocked.Read(ref _generation);
        var read = await inner.ListParticipantsAsync(sessionId, cancellationToken).ConfigureAwait(false);
        if (Interlocked.Read(ref _generation) == generation)
        {
            _participants[sessionId] = read;

            // A change may have landed between the check and the store: then drop what was stored.
            if (Interlocked.Read(ref _generation) != generation)
            {
                _participants.TryRemove(KeyValuePair.Create(sessionId, read));
            }
        }

        return read;
    }

    public async Task AddParticipantAsync(ParticipantRecord participant, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.AddParticipantAsync(participant, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Forget();
        }
    }

    public async Task AssignRoleAsync(Guid participantId, string? role, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.AssignRoleAsync(participantId, role, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Forget();
        }
    }

    public Task CreateAsync(SessionRecord session, CancellationToken cancellationToken = default) => inner.CreateAsync(session, cancellationToken);

    public Task<SessionRecord?> FindAsync(Guid sessionId, CancellationToken cancellationToken = default) => inner.FindAsync(sessionId, cancellationToken);

    public Task<SessionRecord?> FindByJoinCodeAsync(string joinCode, CancellationToken cancellationToken = default) =>
        inner.FindByJoinCodeAsync(joinCode, cancellationToken);

    public Task<IReadOnlyList<SessionRecord>> ListByFacilitatorAsync(Guid facilitatorId, CancellationToken cancellationToken = default) =>
        inner.ListByFacilitatorAsync(facilitatorId, cancellationToken);

    public Task<IReadOnlyList<SessionRecord>> ListLiveAsync(CancellationToken cancellationToken = default) => inner.ListLiveAsync(cancellationToken);

    public Task SetStatusAsync(Guid sessionId, SessionStatus status, CancellationToken cancellationToken = default) =>
        inner.SetStatusAsync(sessionId, status, cancellationToken);

    public Task<ParticipantRecord?> FindParticipantByTokenHashAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        inner.FindParticipantByTokenHashAsync(tokenHash, cancellationToken);

    // Roles change in the lobby, rarely once a run is going: dropping every session's list is simpler
    // than finding the one a participant id belongs to, and costs one read per session afterwards.
    private void Forget()
    {
        Interlocked.Increment(ref _generation);
        _participants.Clear();
    }
}
