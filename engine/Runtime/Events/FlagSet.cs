using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Events;

/// <summary>A flag was turned on.</summary>
public sealed record FlagSet(SimTime At, Audience Audience, string Flag) : RunEvent(At, Audience);
