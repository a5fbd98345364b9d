using ReferralSim.Engine.Runtime.Events;

namespace ReferralSim.Web.Application.Play;

/// <summary>An event with its place in the session's stream, as clients receive it (to resync from the last one seen).</summary>
public sealed record SequencedEvent(long Sequence, RunEvent Event);
