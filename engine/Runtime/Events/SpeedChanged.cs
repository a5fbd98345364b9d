using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Events;

/// <summary>Simulated minutes per real minute changed.</summary>
public sealed record SpeedChanged(SimTime At, Audience Audience, double Speed) : RunEvent(At, Audience);
