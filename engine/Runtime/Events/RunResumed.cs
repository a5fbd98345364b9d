using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Events;

/// <summary>The facilitator resumed the run.</summary>
public sealed record RunResumed(SimTime At, Audience Audience) : RunEvent(At, Audience);
