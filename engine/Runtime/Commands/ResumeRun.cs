using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Commands;

/// <summary>Facilitator: resume after a pause.</summary>
public sealed record ResumeRun(SimTime At) : RunCommand(At);
