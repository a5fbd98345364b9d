using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.StateMachine.Reflection;

namespace ReferralSim.Web.Application.Graphs;

/// <summary>
/// A scenario's state machine as nodes and edges for a graph drawn in the browser (cytoscape), built
/// from the machine's own description (<c>GetInfo()</c>), as the CLI's Mermaid and DOT graphs are:
/// the author's workbench and the facilitator's board draw the same picture. The story's root is a
/// node of its own ("any state"): injects and referral routes leave from it. Edges read as people
/// name the step: an action's label, an inject's title, in the language asked for.
/// </summary>
public sealed record ScenarioGraph(IReadOnlyList<ScenarioGraphNode> Nodes, IReadOnlyList<ScenarioGraphEdge> Edges)
{
    // A compiled scenario never changes, so its graph is built once per language: the board's view is
    // built on every commit and used to build it anew each time (three quarters of building the board).
    // Keyed weakly, so the drafts the workbench compiles do not stay for the graph's sake.
    private static readonly ConditionalWeakTable<CompiledScenario, ConcurrentDictionary<string, ScenarioGraph>> Built = [];

    public static ScenarioGraph Of(CompiledScenario scenario, string language)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Built.GetValue(scenario, _ => new(StringComparer.Ordinal)).GetOrAdd(language, l => Build(scenario, l));
    }

    private static ScenarioGraph Build(CompiledScenario scenario, string language)
    {
        // The diagram shows every transition, so every guard "holds"; the state lives only here.
        var current = RunState.Root;
        var info = ScenarioMachine.Build(scenario.Index, () => current, s => current = s, (_, _) => true).GetInfo();
        var endings = scenario.Definition.States.Where(s => s.Ending is not null).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var nodes = info.States.Select(s => new ScenarioGraphNode(
            Name(s),
            Name(s) == RunState.Root ? "" : Name(s),
            s.Superstate is { } parent && Name(parent) != RunState.Root ? Name(parent) : null,
            Name(s) == RunState.Root ? "story" : endings.Contains(Name(s)) ? "ending" : s.Substates.Count > 0 ? "group" : "state")).ToList();
        var labels = TriggerLabels(scenario.Definition, language);
        var edges = info.States
            .SelectMany(s => s.FixedTransitions.Select(t => (From: Name(s), To: Name(t.DestinationState), Trigger: t.Trigger.ToString() ?? "")))
            .Select((t, i) => new ScenarioGraphEdge($"e{i}", t.From, t.To, labels.GetValueOrDefault(t.Trigger, t.Trigger)))
            .ToList();
        return new ScenarioGraph(nodes, edges);
    }

    /// <summary>What a trigger reads as: actions by their label, titled injects by their title; others as they are (start, refer …).</summary>
    private static Dictionary<string, string> TriggerLabels(ScenarioDefinition definition, string language)
    {
        var labels = definition.Actions.ToDictionary(a => a.Id, a => a.Label.In(language, "en"), StringComparer.Ordinal);
        foreach (var inject in definition.Injects.Where(i => i.Title is not null))
        {
            labels[ScenarioMachine.InjectTrigger(inject)] = inject.Title!.In(language, "en");
        }

        return labels;
    }

    private static string Name(StateInfo state) => state.UnderlyingState.ToString() ?? "";
}

/// <param name="Kind">story (the root: "any state"), state, group (has substates) or ending.</param>
public sealed record ScenarioGraphNode(string Id, string Label, string? Parent, string Kind);

public sealed record ScenarioGraphEdge(string Id, string Source, string Target, string Label);
