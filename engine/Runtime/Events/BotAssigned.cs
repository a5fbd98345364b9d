using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Events;

/// <summary>A bot plays the role from now on: everyone is told, and the log says it, so a debrief never mistakes a bot for a person.</summary>
public sealed record BotAssigned(SimTime At, Audience Audience, string Role) : RunEvent(At, Audience);
