using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Commands;

/// <summary>A participant takes an action for their role.</summary>
public sealed record PerformAction(SimTime At, string Role, string Action) : RunCommand(At);
