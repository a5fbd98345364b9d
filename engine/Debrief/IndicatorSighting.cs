using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Debrief;

/// <summary>One role's view of one indicator: when it was shown to the role, and when the role noted it.</summary>
public sealed record IndicatorSighting(string Role, SimTime SeenAt, SimTime? NotedAt);
