using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios;

namespace ReferralSim.Web.Application.Facilitators;

/// <summary>
/// The scenario's state machine as nodes and edges for the facilitator's graph (cytoscape draws it in
/// the browser), with the run's current state and the states it has passed through.
/// </summary>
public sealed record StateGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, string Current, IReadOnlyList<string> Path)
{
    /// <summary>The machine's structure, from <see cref="ScenarioMachine.Build"/> and its <c>GetInfo()</c> (as the <c>graph</c> verb draws it).</summary>
    public static (IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges) Structure(ScenarioIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        // Every guard "holds" so every transition shows; the state lives only here.
        var current = RunState.Root;
        var info = ScenarioMachine.Build(index, () => current, s => current = s, (_, _) => true).GetInfo();
        var nodes = info.States
            .Select(s => new GraphNode(Name(s.UnderlyingState), s.Superstate is { } parent && Name(parent.UnderlyingState) != RunState.Root ? Name(parent.UnderlyingState) : null,
                Name(s.UnderlyingState) == RunState.Root))
            .ToList();
        var edges = info.States
            .SelectMany(s => s.FixedTransitions.Select(t => (Source: Name(s.UnderlyingState), Target: Name(t.DestinationState.UnderlyingState), Trigger: t.Trigger.ToString())))
            .Select((t, i) => new GraphEdge($"e{i}", t.Source, t.Target, t.Trigger))
            .ToList();
        return (nodes, edges);
    }

    /// <summary>The graph with the run's position: the current state and, in order, every state entered so far.</summary>
    public static StateGraph For(ScenarioIndex index, ScenarioRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var (nodes, edges) = Structure(index);
        var path = run.Events.OfType<StateChanged>().Select(e => e.To).Prepend(RunState.Root).Distinct(StringComparer.Ordinal).ToList();
        return new StateGraph(nodes, edges, run.State.CurrentState, path);
    }

    private static string Name(object state) => state.ToString() ?? "";
}

/// <summary>A state; <see cref="Parent"/> is its superstate (a compound node); <see cref="IsRoot"/> marks the story itself ("from anywhere").</summary>
public sealed record GraphNode(string Id, string? Parent, bool IsRoot);

/// <summary>A transition: its trigger (an action id, <c>inject …</c>, <c>refer …</c> or <c>start</c>).</summary>
public sealed record GraphEdge(string Id, string Source, string Target, string Trigger);
