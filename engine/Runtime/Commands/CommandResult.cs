using ReferralSim.Engine.Runtime.Events;

namespace ReferralSim.Engine.Runtime.Commands;

/// <summary>What a command caused: its events, or why it was refused (and then nothing changed).</summary>
public sealed record CommandResult(IReadOnlyList<RunEvent> Events, CommandRejection? Rejection)
{
    public bool Accepted => Rejection is null;
}
