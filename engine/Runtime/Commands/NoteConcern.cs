using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Commands;

/// <summary>A participant notes an observation their role has seen as a concern.</summary>
public sealed record NoteConcern(SimTime At, string Role, string Indicator) : RunCommand(At);
