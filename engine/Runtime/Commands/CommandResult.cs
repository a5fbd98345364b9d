using ReferralSim.Engine.Runtime.Events;

namespace ReferralSim.Engine.Runtime.Commands;

/// <summary>
/// What a command caused. A refused command adds no event of its own; the only events a refused
/// command's result can hold are those of simulated time passing up to its moment (timed injects),
/// which happened whatever the command was.
/// </summary>
public sealed record CommandResult(IReadOnlyList<RunEvent> Events, CommandRejection? Rejection)
{
    public bool Accepted => Rejection is null;
}
