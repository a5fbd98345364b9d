using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Commands;

/// <summary>Facilitator: pause; participants' commands are refused until resumed.</summary>
public sealed record PauseRun(SimTime At) : RunCommand(At);
