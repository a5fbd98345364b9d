using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Views;

/// <summary>
/// What one role sees now: its briefing, the events meant for it, the observations it may note,
/// its actions (and why some are not possible now), and the clock. Built only from what the role
/// may see, so a page rendered from it cannot leak another role's share.
/// </summary>
public sealed record RoleView(
    string Role,
    string RoleName,
    string Briefing,
    RunPhase Phase,
    SimTime Now,
    string Clock,
    IReadOnlyList<FeedEvent> Feed,
    IReadOnlyList<ObservationView> Observations,
    IReadOnlyList<ActionView> Actions,
    bool CanRefer,
    RunEnded? Ending,
    SimTime? BusyUntil)
{
    /// <summary>
    /// The view of <paramref name="role"/> at <paramref name="now"/>: by default the moment of the
    /// run's last event; a live session passes its clock's now, which runs on between events (so a
    /// role whose busy time is over sees its actions again without waiting for someone to act).
    /// </summary>
    public static RoleView For(ScenarioRun run, string role, SimTime? now = null)
    {
        var definition = run.Scenario.Definition;
        var index = run.Scenario.Index;
        var state = run.State;
        var at = state.Started && !state.Paused && !state.Ended ? SimTime.Max(now ?? state.Now, state.Now) : state.Now;
        var roleDefinition = index.Roles.TryGetValue(role, out var found)
            ? found
            : throw new ArgumentException($"there is no role '{role}' in this scenario", nameof(role));
        var observations = definition.Indicators
            .Where(i => state.HasSeen(role, i.Id))
            .OrderBy(i => state.RevealedAt[i.Id])
            .Select(i => new ObservationView(i.Id, run.Text.Render(i.Text), state.HasNoted(role, i.Id)))
            .ToList();
        var actions = definition.Actions
            .Where(a => a.By.Contains(role))
            .Select(a =>
            {
                var refusal = Refusal(run, role, a, at);
                return new ActionView(a.Id, run.Text.Render(a.Label), refusal is null, refusal);
            })
            .ToList();
        return new RoleView(
            role,
            run.Text.Render(roleDefinition.Name),
            run.Text.Render(roleDefinition.Briefing),
            PhaseOf(state),
            at,
            definition.Clock.Start.At(at),
            run.FeedOf(role),
            observations,
            actions,
            definition.Referral?.By.Contains(role) ?? false,
            state.Ending,
            at < state.BusyUntil(role) ? state.BusyUntil(role) : null);
    }

    public static RunPhase PhaseOf(RunState state) =>
        state.Ended ? RunPhase.Ended : !state.Started ? RunPhase.NotStarted : state.Paused ? RunPhase.Paused : RunPhase.Running;

    private static RejectionCode? Refusal(ScenarioRun run, string role, ActionDefinition action, SimTime at) =>
        PhaseOf(run.State) switch
        {
            RunPhase.NotStarted => RejectionCode.NotStarted,
            RunPhase.Paused => RejectionCode.Paused,
            RunPhase.Ended => RejectionCode.Ended,
            _ => ActionAvailability.Refusal(run.Scenario.Index, run.State, role, action, at),
        };
}
