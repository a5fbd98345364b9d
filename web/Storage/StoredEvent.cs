using ReferralSim.Engine.Runtime.Events;

namespace ReferralSim.Web.Storage;

/// <summary>An event as the store keeps it: its place in the session's stream and when it was committed.</summary>
public sealed record StoredEvent(long Sequence, RunEvent Event, DateTimeOffset RecordedAt);
