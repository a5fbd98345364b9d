using ReferralSim.Engine.Runtime.Events;

namespace ReferralSim.Web.Storage;

/// <summary>
/// Append-only event streams, one per session. Versions count events: an empty stream is version 0,
/// and the first event has sequence 1. An append is committed (durable) when the task completes.
/// </summary>
public interface IEventStore
{
    /// <summary>Appends after <paramref name="expectedVersion"/>; returns the new version.</summary>
    /// <exception cref="EventStoreConcurrencyException">the stream is not at <paramref name="expectedVersion"/>; nothing was stored.</exception>
    Task<long> AppendAsync(Guid sessionId, long expectedVersion, IReadOnlyList<RunEvent> events, CancellationToken cancellationToken = default);

    /// <summary>The events with a sequence greater than <paramref name="afterSequence"/>, in order.</summary>
    Task<IReadOnlyList<StoredEvent>> ReadAsync(Guid sessionId, long afterSequence = 0, CancellationToken cancellationToken = default);
}
