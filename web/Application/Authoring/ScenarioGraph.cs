using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.StateMachine.Reflection;

namespace ReferralSim.Web.Application.Authoring;

/// <summary>
/// A scenario's state machine as nodes and edges for a graph drawn in the browser (cytoscape), built
/// from the machine's own description (<c>GetInfo()</c>), as the CLI's Mermaid and DOT graphs are.
/// The story's root is a node of its own ("any state"): injects and referral routes leave from it.
/// </summary>
public sealed record ScenarioGraph(IReadOnlyList<ScenarioGraphNode> Nodes, IReadOnlyList<ScenarioGraphEdge> Edges)
{
    public static ScenarioGraph Of(CompiledScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        // The diagram shows every transition, so every guard "holds"; the state lives only here.
        var current = RunState.Root;
        var info = ScenarioMachine.Build(scenario.Index, () => current, s => current = s, (_, _) => true).GetInfo();
        var endings = scenario.Definition.States.Where(s => s.Ending is not null).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var nodes = info.States.Select(s => new ScenarioGraphNode(
            Name(s),
            Name(s) == RunState.Root ? "" : Name(s),
            s.Superstate is { } parent && Name(parent) != RunState.Root ? Name(parent) : null,
            Name(s) == RunState.Root ? "story" : endings.Contains(Name(s)) ? "ending" : s.Substates.Count > 0 ? "group" : "state")).ToList();
        var edges = info.States
            .SelectMany(s => s.FixedTransitions.Select(t => (From: Name(s), To: Name(t.DestinationState), Trigger: t.Trigger.ToString() ?? "")))
            .Select((t, i) => new ScenarioGraphEdge($"e{i}", t.From, t.To, t.Trigger))
            .ToList();
        return new ScenarioGraph(nodes, edges);
    }

    private static string Name(StateInfo state) => state.UnderlyingState.ToString() ?? "";
}

/// <param name="Kind">story (the root: "any state"), state, group (has substates) or ending.</param>
public sealed record ScenarioGraphNode(string Id, string Label, string? Parent, string Kind);

public sealed record ScenarioGraphEdge(string Id, string Source, string Target, string Label);
