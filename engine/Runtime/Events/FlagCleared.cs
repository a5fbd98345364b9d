using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Events;

/// <summary>A flag was turned off.</summary>
public sealed record FlagCleared(SimTime At, Audience Audience, string Flag) : RunEvent(At, Audience);
