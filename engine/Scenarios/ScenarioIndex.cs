using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Scenarios;

/// <summary>
/// A scenario's things by id, and its state hierarchy. Built once; the validator, the runtime and
/// the tools all ask it rather than searching lists. Where an id is duplicated the first one wins
/// (the validator reports the second).
/// </summary>
public sealed class ScenarioIndex
{
    public ScenarioIndex(ScenarioDefinition definition)
    {
        Definition = definition;
        Roles = ById(definition.Roles, r => r.Id);
        Characters = ById(definition.Characters, c => c.Id);
        Indicators = ById(definition.Indicators, i => i.Id);
        States = ById(definition.States, s => s.Id);
        Actions = ById(definition.Actions, a => a.Id);
        Injects = ById(definition.Injects, i => i.Id);
        Flags = new HashSet<string>(definition.Flags, StringComparer.Ordinal);
        Children = States.Values
            .Where(s => s.Parent is not null && States.ContainsKey(s.Parent))
            .GroupBy(s => s.Parent!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<StateDefinition>)[.. g], StringComparer.Ordinal);
        _lineages = States.Keys.ToDictionary(s => s, LineageOf, StringComparer.Ordinal);
    }

    // Each state with its parents, innermost first: asked for every action of every role whenever a
    // live page is built, so walked once here rather than on every question.
    private readonly Dictionary<string, string[]> _lineages;

    public ScenarioDefinition Definition { get; }

    public IReadOnlyDictionary<string, RoleDefinition> Roles { get; }

    public IReadOnlyDictionary<string, CharacterDefinition> Characters { get; }

    public IReadOnlyDictionary<string, IndicatorDefinition> Indicators { get; }

    public IReadOnlyDictionary<string, StateDefinition> States { get; }

    public IReadOnlyDictionary<string, ActionDefinition> Actions { get; }

    public IReadOnlyDictionary<string, InjectDefinition> Injects { get; }

    public IReadOnlySet<string> Flags { get; }

    /// <summary>Substates by parent id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<StateDefinition>> Children { get; }

    public IReadOnlyList<StateDefinition> ChildrenOf(string? state) =>
        state is null ? [.. Definition.States.Where(s => s.Parent is null)]
        : Children.TryGetValue(state, out var children) ? children : [];

    /// <summary>The state and its parents, innermost first. Stops on a cycle (which the validator reports).</summary>
    public IReadOnlyList<string> SelfAndAncestors(string state) => _lineages.TryGetValue(state, out var lineage) ? lineage : [state];

    /// <summary>True when <paramref name="state"/> is <paramref name="container"/> or lies inside it.</summary>
    public bool IsWithin(string state, string container) => _lineages.TryGetValue(state, out var lineage)
        ? Array.IndexOf(lineage, container) >= 0
        : string.Equals(state, container, StringComparison.Ordinal);

    private string[] LineageOf(string state)
    {
        var seen = new List<string>();
        for (var current = state; current is not null && !seen.Contains(current, StringComparer.Ordinal); current = States.GetValueOrDefault(current)?.Parent)
        {
            seen.Add(current);
        }

        return [.. seen];
    }

    /// <summary>Where entering <paramref name="state"/> ends up: down through initial substates to a leaf.</summary>
    public string EnteredLeaf(string state)
    {
        var current = state;
        for (var depth = 0; depth < States.Count; depth++)
        {
            var initial = ChildrenOf(current).FirstOrDefault(c => c.Initial);
            if (initial is null)
            {
                return current;
            }

            current = initial.Id;
        }

        return current;
    }

    public string? InitialState => Definition.States.FirstOrDefault(s => s.Parent is null && s.Initial)?.Id;

    public bool IsEnding(string state) => States.GetValueOrDefault(state)?.Ending is not null;

    /// <summary>Whether <paramref name="action"/> is offered in <paramref name="state"/> as far as its <c>in</c> list goes.</summary>
    public bool IsOfferedIn(ActionDefinition action, string state)
    {
        if (IsEnding(state))
        {
            return false;
        }

        // A loop, not Any with a lambda: asked for every action of every role after every live commit.
        for (var i = 0; i < action.In.Count; i++)
        {
            if (IsWithin(state, action.In[i]))
            {
                return true;
            }
        }

        return action.In.Count == 0;
    }

    private static Dictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            result.TryAdd(id(item), item);
        }

        return result;
    }
}
