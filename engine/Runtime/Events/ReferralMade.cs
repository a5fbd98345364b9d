using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Events;

/// <summary>A role referred to a directory service.</summary>
public sealed record ReferralMade(SimTime At, Audience Audience, string Role, string Service, bool RouteMatched) : RunEvent(At, Audience);
