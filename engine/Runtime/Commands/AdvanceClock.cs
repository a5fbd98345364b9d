using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Commands;

/// <summary>The clock: let simulated time pass to At (timed injects fire, the limit ends the run).</summary>
public sealed record AdvanceClock(SimTime At) : RunCommand(At);
