using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Bots;

/// <summary>
/// A bot for a role that people left empty in a live session. Unlike <see cref="ExpertBot"/> it does
/// not wait for other roles' expert steps (people play those, in their own order): it notes every
/// true indicator its role has seen, and takes its own role's expert-path steps, in order, as soon as
/// each is possible. It keeps no state of its own, so after a server restart it carries on from the log.
/// </summary>
public sealed class LiveBot(string role) : IBot
{
    public string Role { get; } = role;

    public RunCommand? Decide(ScenarioRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Decide(run, run.State.Now);
    }

    /// <summary>
    /// Decides at <paramref name="now"/>: a live session's clock runs on between events, and a bot
    /// whose busy time is over by the clock must not wait for someone else's event to act again.
    /// </summary>
    public RunCommand? Decide(ScenarioRun run, SimTime now)
    {
        ArgumentNullException.ThrowIfNull(run);
        var state = run.State;
        var definition = run.Scenario.Definition;
        var unnoted = definition.Indicators.FirstOrDefault(i => !i.IsDistractor && state.HasSeen(Role, i.Id) && !state.HasNoted(Role, i.Id));
        if (unnoted is not null)
        {
            return new NoteConcern(state.Now, Role, unnoted.Id);
        }

        var next = (definition.Scoring?.ExpertPath ?? []).FirstOrDefault(step => step.By == Role && !IsDone(step, run));
        return next switch
        {
            { Do: { } action } when run.Scenario.Index.Actions.TryGetValue(action, out var definitionOfAction)
                && ActionAvailability.Refusal(run.Scenario.Index, state, Role, definitionOfAction, now) is null => new PerformAction(state.Now, Role, action),
            { Refer: { } service } => new MakeReferral(state.Now, Role, service),
            _ => null,
        };
    }

    private bool IsDone(ExpertStep step, ScenarioRun run) => step.Do is { } action
        ? run.State.IsDone(action)
        : run.Events.OfType<ReferralMade>().Any(r => r.Role == Role && r.Service == step.Refer);
}
