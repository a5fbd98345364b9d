using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Debrief;

/// <summary>A critical action or legal duty: done or not, when and by whom, and against which deadline.</summary>
public sealed record CriticalActionResult(
    string Id,
    string Label,
    ScoredActionKind Kind,
    ActionStatus Status,
    SimTime? DoneAt,
    string? DoneBy,
    SimTime? Deadline,
    SimTime? DueAt);
