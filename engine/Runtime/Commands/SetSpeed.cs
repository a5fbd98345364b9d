using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Commands;

/// <summary>Facilitator: simulated minutes per real minute.</summary>
public sealed record SetSpeed(SimTime At, double Speed) : RunCommand(At);
