using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Debrief;

/// <summary>
/// What one role knew and did: the first true indicator shown to it, its first note, its share of
/// the indicators it saw. <see cref="Participant"/> is a display name only when the facilitator asked.
/// </summary>
public sealed record RoleSummary(
    string Role,
    string Name,
    string? Participant,
    SimTime? FirstSawIndicatorAt,
    SimTime? FirstNotedAt,
    int Seen,
    int Noted,
    int SeenWeight,
    int NotedWeight,
    int FalseAlarms,
    SimTime? FirstReferralAt);
