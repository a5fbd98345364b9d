using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Debrief;

/// <summary>
/// A re-victimising harm: who, by which action, when. Critical harms are a gate (a critical fail),
/// so their <see cref="Penalty"/> is 0; the gate speaks instead.
/// </summary>
public sealed record HarmResult(SimTime At, string? Role, string? Action, string Code, string Label, HarmSeverity Severity, int Penalty);
