namespace ReferralSim.Web.Storage;

/// <summary>Another writer appended to the session's stream first; the caller's events were not stored.</summary>
public sealed class EventStoreConcurrencyException(Guid sessionId, long expectedVersion, long actualVersion)
    : Exception($"session {sessionId}: expected stream version {expectedVersion} but it is {actualVersion}; another writer appended first")
{
    public Guid SessionId { get; } = sessionId;

    public long ExpectedVersion { get; } = expectedVersion;

    public long ActualVersion { get; } = actualVersion;
}
