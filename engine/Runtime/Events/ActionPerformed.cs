using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Events;

/// <summary>A role took an action; it is busy until BusyUntil.</summary>
public sealed record ActionPerformed(SimTime At, Audience Audience, string Role, string Action, SimTime BusyUntil) : RunEvent(At, Audience);
