using ReferralSim.Engine.Runtime.Commands;

namespace ReferralSim.Engine.Bots;

/// <summary>A command a bot chose and the run refused: a bot that misjudged availability.</summary>
public sealed record RefusedBotCommand(string Role, RunCommand Command, CommandRejection Rejection);
