using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Events;

/// <summary>A participant noted an observation as a concern.</summary>
public sealed record ConcernNoted(SimTime At, Audience Audience, string Role, string Indicator) : RunEvent(At, Audience);
