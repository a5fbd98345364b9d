using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Events;

/// <summary>The run ended: at an ending state, by the clock's limit, or by the facilitator.</summary>
public sealed record RunEnded(SimTime At, Audience Audience, RunOutcome Outcome, string? State, string Text) : RunEvent(At, Audience);
