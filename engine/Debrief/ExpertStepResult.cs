using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Debrief;

/// <summary>A step of the scenario's expert path beside when (and by which role) the team took it, if it did.</summary>
public sealed record ExpertStepResult(int Order, string ExpertRole, string? Action, string? Service, string Label, SimTime? TeamAt, string? TeamRole);
