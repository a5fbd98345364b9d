using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Commands;

namespace ReferralSim.Engine.Bots;

/// <summary>
/// The reference participant: notes every true indicator (never a distractor) as soon as its role
/// has seen it, and otherwise plays its steps of the shared <see cref="ExpertPath"/>.
/// </summary>
public sealed class ExpertBot(string role, ExpertPath path) : IBot
{
    public string Role { get; } = role;

    public RunCommand? Decide(ScenarioRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var state = run.State;
        var unnoted = run.Scenario.Definition.Indicators.FirstOrDefault(i =>
            !i.IsDistractor && state.HasSeen(Role, i.Id) && !state.HasNoted(Role, i.Id));
        return unnoted is not null ? new NoteConcern(state.Now, Role, unnoted.Id) : path.NextFor(Role, run);
    }
}
