using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Commands;

/// <summary>Facilitator: fire a manual inject.</summary>
public sealed record FireInject(SimTime At, string Inject) : RunCommand(At);
