using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Debrief;

/// <summary>One mark on the team's simulated-time line; <see cref="Role"/> is null for what happened to everyone.</summary>
public sealed record TimelineEntry(SimTime At, TimelineKind Kind, string? Role, string Subject);
