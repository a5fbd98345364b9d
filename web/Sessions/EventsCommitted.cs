using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Sessions;

/// <summary>Events were appended to a session's stream and are durable: now, and only now, people may be told.</summary>
public sealed record EventsCommitted(LiveSession Session, IReadOnlyList<StoredEvent> Events) : INotification;
