using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Commands;

namespace ReferralSim.Engine.Bots;

/// <summary>
/// Plays one role. Asked again and again by <see cref="BotPlaythrough"/>; it answers with the command
/// it takes now (dated <c>run.State.Now</c>), or null to wait until something changes.
/// </summary>
public interface IBot
{
    string Role { get; }

    RunCommand? Decide(ScenarioRun run);
}
