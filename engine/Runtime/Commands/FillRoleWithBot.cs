using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Commands;

/// <summary>Facilitator: a bot plays this role (allowed before the start too, from the lobby).</summary>
public sealed record FillRoleWithBot(SimTime At, string Role) : RunCommand(At);
