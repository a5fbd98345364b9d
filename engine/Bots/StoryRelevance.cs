using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Model.Guards;

namespace ReferralSim.Engine.Bots;

/// <summary>
/// Which effects can matter to where the story goes or what gets revealed. A flag matters when a
/// guard of something that matters reads it; an action matters when it reveals, moves the story,
/// changes a flag that matters or is named by a <c>done</c> guard that matters; computed to a fixed
/// point. The explorer skips moves that change nothing that matters (documenting, narration-only
/// actions): they cannot open a path, and skipping them is most of what keeps depth 12 fast.
/// </summary>
public sealed class StoryRelevance
{
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _doneActions = new(StringComparer.Ordinal);
    private readonly ScenarioIndex _index;

    public StoryRelevance(CompiledScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _index = scenario.Index;
        var definition = scenario.Definition;
        var things = definition.Actions.Select(a => (Guard: a.When, a.Effects, Action: (string?)a.Id))
            .Concat(definition.Injects.Select(i => (Guard: i.When, i.Effects, Action: (string?)null)))
            .Concat((definition.Referral?.Routes ?? []).Select(r => (Guard: r.When, r.Effects, Action: (string?)null)))
            .Concat(definition.States.Select(s => (Guard: (Guard?)null, Effects: s.OnEntry ?? Effects.None, Action: (string?)null)))
            .ToList();
        var relevant = new bool[things.Count];
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < things.Count; i++)
            {
                var (guard, effects, action) = things[i];
                if (relevant[i] || !(IsBaseRelevant(effects) || effects.Set.Concat(effects.Clear).Any(_flags.Contains)
                    || (action is not null && _doneActions.Contains(action))))
                {
                    continue;
                }

                relevant[i] = changed = true;
                foreach (var part in guard?.Flatten() ?? [])
                {
                    switch (part)
                    {
                        case FlagGuard flag:
                            _flags.Add(flag.Flag);
                            break;
                        case DoneGuard done:
                            _doneActions.Add(done.Action);
                            break;
                    }
                }
            }
        }
        while (changed);
    }

    public IReadOnlySet<string> Flags => _flags;

    /// <summary>True when applying <paramref name="effects"/> (of <paramref name="action"/>, if any) now would change something that matters.</summary>
    public bool Changes(Effects effects, RunState state, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(effects);
        ArgumentNullException.ThrowIfNull(state);
        return effects.Set.Any(f => _flags.Contains(f) && !state.IsSet(f))
            || effects.Clear.Any(f => _flags.Contains(f) && state.IsSet(f))
            || effects.Reveal.Any(i => !state.IsRevealed(i))
            || (effects.Goto is { } target && !_index.IsWithin(state.CurrentState, target))
            || (action is not null && _doneActions.Contains(action) && !state.IsDone(action));
    }

    private static bool IsBaseRelevant(Effects effects) => effects.Reveal.Count > 0 || effects.Goto is not null;
}
