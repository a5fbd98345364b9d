using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Events;

/// <summary>A narrative line, in the run's language with the personas filled in.</summary>
public sealed record Narrated(SimTime At, Audience Audience, string Text) : RunEvent(At, Audience);
