using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Sessions;

/// <summary>What a command did to a live session: its committed events, or the engine's refusal.</summary>
public sealed record SessionCommandResult(IReadOnlyList<StoredEvent> Events, CommandRejection? Rejection)
{
    public bool Accepted => Rejection is null;
}
