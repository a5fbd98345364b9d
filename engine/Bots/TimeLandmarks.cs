using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Model.Guards;

namespace ReferralSim.Engine.Bots;

/// <summary>
/// The moments at which a scenario can change by itself: timed injects, the thresholds of
/// <c>after</c>/<c>before</c> guards, and the clock's limit. Between two of them only participants
/// change anything, which is what lets bots skip time and the explorer bucket it.
/// </summary>
public sealed class TimeLandmarks
{
    private readonly ScenarioDefinition _definition;
    private readonly SimTime[] _guardTimes;

    public TimeLandmarks(CompiledScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _definition = scenario.Definition;
        Limit = _definition.Clock.Limit;
        var guards = _definition.Actions.Select(a => a.When)
            .Concat(_definition.Injects.Select(i => i.When))
            .Concat(_definition.Referral?.Routes.Select(r => r.When) ?? [])
            .OfType<Guard>()
            .SelectMany(g => g.Flatten());
        _guardTimes = [.. guards
            .Select(g => g switch { AfterGuard a => a.Time, BeforeGuard b => b.Time, _ => (SimTime?)null })
            .OfType<SimTime>()
            .Where(t => t < Limit)
            .Distinct()
            .Order()];
        All = [.. _guardTimes
            .Concat(_definition.Injects.Where(i => !i.Manual && i.At is { } at && at < Limit).Select(i => i.At!.Value))
            .Append(Limit)
            .Distinct()
            .Order()];
    }

    public SimTime Limit { get; }

    /// <summary>Every landmark in order, the limit last.</summary>
    public IReadOnlyList<SimTime> All { get; }

    /// <summary>How many landmarks lie at or before <paramref name="time"/>: times with the same bucket are alike to the scenario.</summary>
    public int Bucket(SimTime time)
    {
        var count = 0;
        while (count < All.Count && All[count] <= time)
        {
            count++;
        }

        return count;
    }

    /// <summary>The next moment after now at which the scenario itself may change: a pending timed inject or a guard threshold (not the limit).</summary>
    public SimTime? NextScenarioChange(RunState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var now = state.Now;
        SimTime? next = null;
        foreach (var inject in _definition.Injects)
        {
            if (!inject.Manual && inject.At is { } at && at > now && at < Limit && !state.IsConsidered(inject.Id))
            {
                next = Earlier(next, at);
            }
        }

        foreach (var time in _guardTimes)
        {
            if (time > now)
            {
                next = Earlier(next, time);
                break;
            }
        }

        return next;
    }

    private static SimTime Earlier(SimTime? current, SimTime candidate) =>
        current is { } c && c <= candidate ? c : candidate;

    /// <summary>The next moment anything can change: a role becomes free, the scenario changes, or the limit.</summary>
    public SimTime NextMoment(RunState state, IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(roles);
        var next = NextScenarioChange(state) ?? Limit;
        foreach (var role in roles)
        {
            var busy = state.BusyUntil(role);
            if (busy > state.Now && busy < next)
            {
                next = busy;
            }
        }

        return next;
    }
}
