using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Events;

/// <summary>The story moved between states (facilitator only: participants see narration, not the machine).</summary>
public sealed record StateChanged(SimTime At, Audience Audience, string From, string To, string Trigger) : RunEvent(At, Audience);
