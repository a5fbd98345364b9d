using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Scenarios.Validation;

/// <summary>
/// The story's shape: one start at each level, no parent cycles, endings without substates, every
/// state reachable, and every state that is not an ending has a way out.
/// </summary>
internal static class StateGraphRules
{
    public static void Check(ValidationContext context)
    {
        var index = context.Index;
        var cyclic = CheckCycles(context);
        var initialsComplete = CheckInitials(context, parent: null, cyclic);
        foreach (var state in context.Definition.States)
        {
            if (index.Children.ContainsKey(state.Id))
            {
                initialsComplete &= CheckInitials(context, state.Id, cyclic);
                if (state.Ending is not null)
                {
                    context.Report(DiagnosticCodes.EndingWithChildren, context.Map.Of(state, "ending"),
                        $"state '{state.Id}' is an ending but has substates; an ending must be a single state");
                }
            }

            if (state.OnEntry?.Goto is not null)
            {
                context.Report(DiagnosticCodes.GotoOnEntry, context.Map.Of(state.OnEntry, "goto"),
                    $"state '{state.Id}' cannot 'goto' on entry; move the story with an action or an inject");
            }
        }

        foreach (var action in context.Definition.Actions.Where(a => a.In.Count > 0))
        {
            if (action.In.All(s => index.States.ContainsKey(s) && index.IsEnding(s)))
            {
                context.Report(DiagnosticCodes.ActionInEnding, context.Map.Of(action, "in"),
                    $"action '{action.Id}' is offered only in endings, where the run is over");
            }
        }

        // Reachability is judged only on a graph whose starts are all marked and whose names all
        // resolve: a missing initial substate or a misspelt state in a 'goto', an 'in' or a
        // 'parent' (already reported) would otherwise make every state behind it "unreachable" too.
        if (cyclic.Count == 0 && initialsComplete && AllStateNamesResolve(context) && index.InitialState is { } initial)
        {
            CheckReachability(context, initial);
        }
    }

    private static bool AllStateNamesResolve(ValidationContext context)
    {
        var definition = context.Definition;
        var states = context.Index.States;
        bool Resolves(string? state) => state is null || states.ContainsKey(state);
        return definition.States.All(s => Resolves(s.Parent))
            && definition.Actions.All(a => a.In.All(Resolves) && Resolves(a.Effects.Goto))
            && definition.Injects.All(i => Resolves(i.Effects.Goto))
            && (definition.Referral?.Routes.All(r => Resolves(r.Effects.Goto)) ?? true);
    }

    private static HashSet<string> CheckCycles(ValidationContext context)
    {
        var states = context.Index.States;
        var cyclic = new HashSet<string>(StringComparer.Ordinal);
        foreach (var state in context.Definition.States.Where(s => !cyclic.Contains(s.Id)))
        {
            var path = new List<string> { state.Id };
            var current = state.Parent;
            while (current is not null && states.ContainsKey(current) && !path.Contains(current))
            {
                path.Add(current);
                current = states[current].Parent;
            }

            if (current == state.Id)
            {
                cyclic.UnionWith(path);
                context.Report(DiagnosticCodes.SubstateCycle, context.Map.Of(state, "parent"),
                    $"states '{string.Join("', '", path)}' are inside each other in a circle ({string.Join(" → ", path.Append(state.Id))}); one of them must have no parent or another");
            }
        }

        return cyclic;
    }

    /// <summary>Reports a missing or second initial state among <paramref name="parent"/>'s children; false when none is initial.</summary>
    private static bool CheckInitials(ValidationContext context, string? parent, HashSet<string> cyclic)
    {
        var children = context.Index.ChildrenOf(parent).Where(c => !cyclic.Contains(c.Id)).ToList();
        if (children.Count == 0)
        {
            if (parent is null && context.Map.NodeOf(context.Definition.States) is not null)
            {
                // An empty 'states: []' as written; a missing 'states' is already reported.
                context.Report(DiagnosticCodes.NoInitialState, context.Map.Of(context.Definition, "states"),
                    "the scenario has no states; add at least the state it starts in and its endings");
            }

            return parent is not null;
        }

        var initials = children.Where(c => c.Initial).ToList();
        var level = parent is null ? "the top level" : $"state '{parent}'";
        if (initials.Count == 0)
        {
            var location = parent is null ? context.Map.Of(context.Definition, "states") : context.Map.Of(context.Index.States[parent]);
            context.Report(DiagnosticCodes.NoInitialState, location,
                $"{level} has no initial state; mark one of {string.Join(", ", children.Select(c => c.Id))} with 'initial: true'");
        }

        foreach (var extra in initials.Skip(1))
        {
            context.Report(DiagnosticCodes.SeveralInitialStates, context.Map.Of(extra, "initial"),
                $"state '{extra.Id}' is a second initial state in {level} (the first is '{initials[0].Id}')");
        }

        return initials.Count > 0;
    }

    /// <summary>
    /// Walks the transitions statically: actions by their 'in' lists; injects and referral routes from anywhere.
    /// Targets are indexed by the state whose 'in' offers them, so each leaf looks only at its own
    /// ancestors' transitions: linear in the scenario, where testing every transition at every leaf
    /// made 10,000 states take about a minute.
    /// </summary>
    private static void CheckReachability(ValidationContext context, string initial)
    {
        var index = context.Index;
        // A transition with no 'in' (an action offered anywhere, an inject, a referral route) leaves every state but an ending.
        var anywhere = new HashSet<string>(StringComparer.Ordinal);
        var byContainer = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var action in context.Definition.Actions.Where(a => a.Effects.Goto is { } target && index.States.ContainsKey(target)))
        {
            if (action.In.Count == 0)
            {
                anywhere.Add(action.Effects.Goto!);
                continue;
            }

            foreach (var container in action.In)
            {
                if (!byContainer.TryGetValue(container, out var targets))
                {
                    byContainer[container] = targets = new HashSet<string>(StringComparer.Ordinal);
                }

                targets.Add(action.Effects.Goto!);
            }
        }

        anywhere.UnionWith(context.Definition.Injects.Select(i => i.Effects.Goto)
            .Concat(context.Definition.Referral?.Routes.Select(r => r.Effects.Goto) ?? [])
            .OfType<string>()
            .Where(index.States.ContainsKey));

        // The targets of the transitions that leave a state (as IsOfferedIn decides: offered in it or in a state it lies within).
        IEnumerable<string> TargetsFrom(string state) =>
            index.IsEnding(state)
                ? []
                : anywhere.Concat(index.SelfAndAncestors(state).SelectMany(s => byContainer.TryGetValue(s, out var targets) ? targets : []));

        var reached = new HashSet<string>(StringComparer.Ordinal);
        var entered = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        void Enter(string state)
        {
            if (!entered.Add(state))
            {
                return;
            }

            var leaf = index.EnteredLeaf(state);
            foreach (var s in index.SelfAndAncestors(leaf))
            {
                reached.Add(s);
            }

            if (reached.Add(leaf + "\0leaf"))
            {
                queue.Enqueue(leaf);
            }
        }

        Enter(initial);
        while (queue.TryDequeue(out var leaf))
        {
            foreach (var to in TargetsFrom(leaf))
            {
                Enter(to);
            }
        }

        foreach (var state in context.Definition.States.Where(s => !reached.Contains(s.Id)))
        {
            context.Report(DiagnosticCodes.UnreachableState, context.Map.Of(state, "id"),
                $"state '{state.Id}' cannot be reached from the start: no action, inject or referral leads to it (or to a state whose initial substate it is)");
        }

        foreach (var state in context.Definition.States.Where(s => IsLeaf(index, s) && s.Ending is null))
        {
            if (!TargetsFrom(state.Id).Any())
            {
                context.Report(DiagnosticCodes.DeadEnd, context.Map.Of(state, "id"),
                    $"state '{state.Id}' is not an ending and nothing leads out of it; add an action or inject with 'goto', or make it an ending");
            }
        }
    }

    private static bool IsLeaf(ScenarioIndex index, StateDefinition state) => !index.Children.ContainsKey(state.Id);
}
