using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Events;

/// <summary>An inject fired (manually, by the facilitator, or by time or condition).</summary>
public sealed record InjectFired(SimTime At, Audience Audience, string Inject, bool Manual) : RunEvent(At, Audience);
