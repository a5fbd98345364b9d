using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Commands;

/// <summary>Facilitator: begin the run (enters the initial state).</summary>
public sealed record StartRun(SimTime At) : RunCommand(At);
