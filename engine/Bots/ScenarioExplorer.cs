using System.Text;
using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Bots;

/// <summary>
/// Walks, breadth first, every sequence of moves up to a depth: any role's available action, a
/// referral for each route that would apply, a manual inject the facilitator could fire, and waiting
/// until the next moment the scenario changes by itself. It records the endings reached, the
/// indicators revealed and the situations where the story is stuck.
/// </summary>
/// <remarks>
/// What keeps it fast enough for <c>validate</c>:
/// <list type="bullet">
/// <item>A busy role does not need a separate "wait" move: a move is "this role takes this action as
/// soon as it is free", so only the waits that let the scenario itself act (timed injects, guard
/// thresholds) are moves.</item>
/// <item>Moves that change nothing that matters (<see cref="StoryRelevance"/>) are skipped.</item>
/// <item>Situations are deduplicated on the story (state, flags, done actions, revealed indicators,
/// considered injects, outcome) with time bucketed between <see cref="TimeLandmarks"/>, and busy
/// roles only told apart when they stay busy past the next landmark. (Telling busy and free roles
/// apart within a bucket multiplies the situations by 25 at depth 12 and found nothing more on the
/// reference scenario.)</item>
/// <item>Runs are cloned by replaying their events into a copy of the scenario without characters,
/// because inventing people is the costly part of starting a run and changes nothing here.</item>
/// </list>
/// Merging situations whose exact times differ can in principle hide a path that only the later or
/// earlier one has; the explorer is a search for authors' mistakes, not a proof.
/// </remarks>
public sealed class ScenarioExplorer
{
    public const int DefaultDepth = 12;
    public const int DefaultMaxSituations = 500_000;

    private readonly CompiledScenario _scenario;
    private readonly CompiledScenario _faceless;
    private readonly RunOptions _options;
    private readonly TimeLandmarks _landmarks;
    private readonly StoryRelevance _relevance;
    private readonly IReadOnlyList<string> _roles;

    public ScenarioExplorer(CompiledScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _scenario = scenario;
        _faceless = new CompiledScenario(scenario.Definition with { Characters = [] }, scenario.Directory, scenario.SourceFile);
        _options = new RunOptions(0, scenario.Definition.DefaultLanguage);
        _landmarks = new TimeLandmarks(scenario);
        _relevance = new StoryRelevance(scenario);
        _roles = [.. scenario.Definition.Roles.Select(r => r.Id)];
    }

    public static ExplorationResult Explore(CompiledScenario scenario, int depth = DefaultDepth, int maxSituations = DefaultMaxSituations) =>
        new ScenarioExplorer(scenario).Run(depth, maxSituations);

    public ExplorationResult Run(int depth, int maxSituations = DefaultMaxSituations)
    {
        var endings = new HashSet<string>(StringComparer.Ordinal);
        var revealed = new HashSet<string>(StringComparer.Ordinal);
        var stuck = new Dictionary<string, StuckSituation>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<Situation>();
        var truncated = false;

        var start = new ScenarioRun(_faceless, _options);
        start.Execute(new StartRun(SimTime.Zero));
        Record(start.State);
        seen.Add(Key(start.State));
        queue.Enqueue(new Situation(start.Events, start.State.Now, null, null, 0));

        while (queue.Count > 0)
        {
            var situation = queue.Dequeue();
            var run = Clone(situation);
            if (run.State.Ended)
            {
                continue;
            }

            var moves = Moves(run);
            if (moves.Count == 0)
            {
                // One report per state: the first (shortest) way there is the one an author can follow.
                stuck.TryAdd(run.State.CurrentState, new StuckSituation(run.State.CurrentState, run.State.Now, situation.Path()));
                continue;
            }

            if (situation.Depth >= depth)
            {
                continue;
            }

            foreach (var (label, command) in moves)
            {
                var child = run ?? Clone(situation);
                run = null;
                if (!child.Execute(command).Accepted)
                {
                    continue;
                }

                Record(child.State);
                if (!seen.Add(Key(child.State)))
                {
                    continue;
                }

                if (seen.Count > maxSituations)
                {
                    truncated = true;
                    queue.Clear();
                    break;
                }

                queue.Enqueue(new Situation(child.Events, child.State.Now, situation, label, situation.Depth + 1));
            }
        }

        return new ExplorationResult(depth, endings, revealed, [.. stuck.Values], seen.Count, truncated);

        void Record(RunState state)
        {
            revealed.UnionWith(state.RevealedAt.Keys);
            if (state.Ending is { State: { } ending } && _scenario.Index.IsEnding(ending))
            {
                endings.Add(ending);
            }
        }
    }

    private ScenarioRun Clone(Situation situation)
    {
        var run = ScenarioRun.Replay(_faceless, _options, situation.Events);
        if (run.State.Now < situation.Now)
        {
            // Time that passed without an event (waiting to a guard threshold) is not in the log.
            run.Execute(new AdvanceClock(situation.Now));
        }

        return run;
    }

    /// <summary>Every move that changes something that matters, in a fixed order.</summary>
    private List<(string Label, RunCommand Command)> Moves(ScenarioRun run)
    {
        var state = run.State;
        var definition = _scenario.Definition;
        var moves = new List<(string, RunCommand)>();
        foreach (var action in definition.Actions)
        {
            if (!_relevance.Changes(action.Effects, state, action.Id))
            {
                continue;
            }

            foreach (var role in _roles)
            {
                var refusal = ActionAvailability.Refusal(_scenario.Index, state, role, action);
                if (refusal is null or RejectionCode.RoleBusy)
                {
                    var at = SimTime.Max(state.Now, state.BusyUntil(role));
                    moves.Add(($"{role} takes {action.Id} at {at}", new PerformAction(at, role, action.Id)));
                }
            }
        }

        if (definition.Referral is { By.Count: > 0 } referral)
        {
            var referrer = referral.By[0];
            var tried = new HashSet<ReferralRoute>(ReferenceEqualityComparer.Instance);
            foreach (var service in referral.Routes.SelectMany(r => r.To).Distinct(StringComparer.Ordinal))
            {
                var route = referral.Routes.FirstOrDefault(r => r.To.Contains(service) && (r.When?.Holds(state) ?? true));
                if (route is not null && tried.Add(route) && _relevance.Changes(route.Effects, state)
                    && _scenario.Directory.Find(service) is not null)
                {
                    moves.Add(($"{referrer} refers to {service} at {state.Now}", new MakeReferral(state.Now, referrer, service)));
                }
            }
        }

        foreach (var inject in definition.Injects)
        {
            if (inject.Manual && !state.IsConsidered(inject.Id) && (inject.When?.Holds(state) ?? true)
                && _relevance.Changes(inject.Effects, state))
            {
                moves.Add(($"the facilitator fires {inject.Id} at {state.Now}", new FireInject(state.Now, inject.Id)));
            }
        }

        if (_landmarks.NextScenarioChange(state) is { } next)
        {
            moves.Add(($"everyone waits until {next}", new AdvanceClock(next)));
        }

        return moves;
    }

    /// <summary>What makes two situations alike for the explorer; see the remarks on the class.</summary>
    private string Key(RunState state)
    {
        var definition = _scenario.Definition;
        var key = new StringBuilder(160);
        key.Append(state.CurrentState).Append('|').Append(state.Ending?.Outcome.ToString() ?? "-").Append('|');
        foreach (var flag in definition.Flags)
        {
            key.Append(state.IsSet(flag) ? '1' : '0');
        }

        key.Append('|');
        foreach (var action in definition.Actions)
        {
            key.Append(state.IsDone(action.Id) ? '1' : '0');
        }

        key.Append('|');
        foreach (var indicator in definition.Indicators)
        {
            key.Append(state.IsRevealed(indicator.Id) ? '1' : '0');
        }

        key.Append('|');
        foreach (var inject in definition.Injects)
        {
            key.Append(state.IsConsidered(inject.Id) ? '1' : '0');
        }

        var bucket = _landmarks.Bucket(state.Now);
        key.Append('|').Append(bucket);
        foreach (var role in _roles)
        {
            var busy = _landmarks.Bucket(state.BusyUntil(role));
            key.Append(',').Append(busy > bucket ? busy : -1);
        }

        return key.ToString();
    }

    /// <summary>A situation to expand: its log, its time, and how it was reached.</summary>
    private sealed record Situation(IReadOnlyList<RunEvent> Events, SimTime Now, Situation? Parent, string? Move, int Depth)
    {
        public List<string> Path()
        {
            var moves = new List<string>();
            for (var s = this; s?.Move is not null; s = s.Parent)
            {
                moves.Add(s.Move);
            }

            moves.Reverse();
            return moves;
        }
    }
}
