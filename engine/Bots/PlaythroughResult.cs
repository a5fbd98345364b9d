using ReferralSim.Engine.Runtime;

namespace ReferralSim.Engine.Bots;

/// <summary>A finished bot playthrough: the run, and anything that went wrong on the way.</summary>
public sealed record PlaythroughResult(ScenarioRun Run, IReadOnlyList<RefusedBotCommand> Refused, bool StepLimitReached);
