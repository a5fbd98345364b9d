using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Commands;

/// <summary>Facilitator: end the run now.</summary>
public sealed record EndRun(SimTime At) : RunCommand(At);
