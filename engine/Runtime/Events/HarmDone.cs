using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Events;

/// <summary>An action harmed the person (re-victimisation); for the debrief, not shown in play.</summary>
public sealed record HarmDone(SimTime At, Audience Audience, string Role, string Action, string Code, HarmSeverity Severity) : RunEvent(At, Audience);
