using ReferralSim.Engine.StateMachine.Reflection;

namespace ReferralSim.Engine.StateMachine.Graph;

/// <summary>Renders a machine as a Graphviz DOT UML-style state diagram.</summary>
public static class UmlDotGraph
{
    /// <summary>
    /// Superstates become clusters holding a point node named after the superstate, so edges
    /// can attach to it and clip to the cluster border (lhead/ltail); the point is the UML
    /// initial pseudostate when the superstate has an initial transition, invisible otherwise.
    /// </summary>
    public static string Format(StateMachineInfo machineInfo)
    {
        ArgumentNullException.ThrowIfNull(machineInfo);
        var dot = new List<string>();
        dot.Add("digraph {");
        dot.Add("compound=true;");
        dot.Add("node [shape=Mrecord];");
        dot.Add("rankdir=\"LR\";");
        foreach (var state in GraphText.TopLevel(machineInfo))
        {
            AppendState(dot, state, depth: 0);
        }

        foreach (var state in machineInfo.States)
        {
            foreach (var transition in state.FixedTransitions)
            {
                AppendEdge(dot, state, transition);
            }
        }

        dot.Add("init [label=\"\", shape=point];");
        dot.Add($"init -> {Id(machineInfo.InitialState)};");
        dot.Add("}");
        return string.Join('\n', dot) + "\n";
    }

    private static void AppendState(List<string> dot, StateInfo state, int depth)
    {
        var indent = new string(' ', depth * 4);
        if (state.Substates.Count == 0)
        {
            dot.Add($"{indent}{Id(state)} [label=\"{Escape(Describe(state), record: true)}\"];");
            return;
        }

        dot.Add($"{indent}subgraph {ClusterId(state)} {{");
        dot.Add($"{indent}    label=\"{Escape(Describe(state), record: false)}\";");
        var style = state.InitialTransitionTarget is null ? ", style=invis" : string.Empty;
        dot.Add($"{indent}    {Id(state)} [label=\"\", shape=point{style}];");
        foreach (var substate in state.Substates)
        {
            AppendState(dot, substate, depth + 1);
        }

        if (state.InitialTransitionTarget is { } target)
        {
            dot.Add($"{indent}    {Id(state)} -> {Quote(target.ToString() ?? string.Empty)};");
        }

        dot.Add($"{indent}}}");
    }

    private static void AppendEdge(List<string> dot, StateInfo source, FixedTransitionInfo transition)
    {
        var destination = transition.DestinationState;
        var attributes = new List<string>();
        if (destination.Substates.Count > 0 && !GraphText.IsWithin(source, destination))
        {
            attributes.Add($"lhead={ClusterId(destination)}");
        }

        if (source.Substates.Count > 0 && !GraphText.IsWithin(destination, source))
        {
            attributes.Add($"ltail={ClusterId(source)}");
        }

        if (transition.IsInternalTransition)
        {
            attributes.Add("style=dashed");
        }

        attributes.Add($"label=\"{Escape(GraphText.EdgeLabel(transition), record: false)}\"");
        dot.Add($"{Id(source)} -> {Id(destination)} [{string.Join(", ", attributes)}];");
    }

    /// <summary>The state name, then its entry and exit actions UML-style.</summary>
    private static string Describe(StateInfo state)
    {
        var lines = state.EntryActions
            .Select(a => a.FromTrigger is null ? $"entry / {a.Method.Description}" : $"entry [{a.FromTrigger}] / {a.Method.Description}")
            .Concat(state.ExitActions.Select(a => $"exit / {a.Description}"))
            .ToList();
        return lines.Count == 0
            ? GraphText.Name(state)
            : $"{GraphText.Name(state)}\n----------\n{string.Join('\n', lines)}";
    }

    private static string Id(StateInfo state) => Quote(GraphText.Name(state));

    private static string ClusterId(StateInfo state) => Quote("cluster_" + GraphText.Name(state));

    private static string Quote(string text) => $"\"{Escape(text, record: false)}\"";

    // Record-shaped labels give {}|<> a meaning, so in them those must be escaped as well.
    private static string Escape(string text, bool record) =>
        string.Concat(text.Select(c => c switch
        {
            '\\' or '"' => $"\\{c}",
            '\n' => "\\n",
            '{' or '}' or '|' or '<' or '>' when record => $"\\{c}",
            _ => c.ToString(),
        }));
}
