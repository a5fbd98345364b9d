using ReferralSim.Engine.Runtime.Events;

namespace ReferralSim.Engine.Runtime.Views;

/// <summary>
/// An event of a role's feed, with its position among all the run's events (1 for the first): in a
/// live session, the event's sequence in the session's log, by which a page tells the entries it
/// already shows from the new ones.
/// </summary>
public sealed record FeedEvent(long Position, RunEvent Event);
