using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Commands;

/// <summary>A participant writes to other roles.</summary>
public sealed record SendMessage(SimTime At, string From, IReadOnlyList<string> To, string Text) : RunCommand(At);
