using ReferralSim.Engine.StateMachine.Reflection;

namespace ReferralSim.Engine.StateMachine.Graph;

/// <summary>Renders a machine as a Mermaid <c>stateDiagram-v2</c>.</summary>
public static class MermaidGraph
{
    /// <summary>
    /// States whose names are not plain Mermaid identifiers (dashes, spaces, ...) get an alias,
    /// declared up front as <c>state "name" as alias</c>; all later lines use the alias.
    /// </summary>
    public static string Format(StateMachineInfo machineInfo)
    {
        ArgumentNullException.ThrowIfNull(machineInfo);
        var ids = AssignIds(machineInfo);
        var text = new List<string>();
        text.Add("stateDiagram-v2");
        foreach (var state in machineInfo.States.Where(s => ids[s] != GraphText.Name(s)))
        {
            text.Add($"    state \"{GraphText.Name(state).Replace("\"", "'", StringComparison.Ordinal)}\" as {ids[state]}");
        }

        text.Add($"    [*] --> {ids[machineInfo.InitialState]}");
        foreach (var state in GraphText.TopLevel(machineInfo))
        {
            AppendState(text, state, ids, depth: 1);
        }

        foreach (var state in machineInfo.States)
        {
            foreach (var transition in state.FixedTransitions)
            {
                text.Add($"    {ids[state]} --> {ids[transition.DestinationState]} : {GraphText.EdgeLabel(transition)}");
            }
        }

        return string.Join('\n', text) + "\n";
    }

    private static void AppendState(List<string> text, StateInfo state, Dictionary<StateInfo, string> ids, int depth)
    {
        var indent = new string(' ', depth * 4);
        if (state.Substates.Count == 0)
        {
            text.Add($"{indent}{ids[state]}");
            return;
        }

        text.Add($"{indent}state {ids[state]} {{");
        if (state.InitialTransitionTarget is { } target)
        {
            var initial = state.Substates.FirstOrDefault(s => s.UnderlyingState.Equals(target));
            if (initial is not null)
            {
                text.Add($"{indent}    [*] --> {ids[initial]}");
            }
        }

        foreach (var substate in state.Substates)
        {
            AppendState(text, substate, ids, depth + 1);
        }

        text.Add($"{indent}}}");
    }

    // Aliases replace every character Mermaid ids cannot hold with '_' and are made unique
    // against every state name and earlier alias, in state order, so output is deterministic.
    private static Dictionary<StateInfo, string> AssignIds(StateMachineInfo machineInfo)
    {
        var taken = machineInfo.States.Select(GraphText.Name).ToHashSet(StringComparer.Ordinal);
        var ids = new Dictionary<StateInfo, string>();
        foreach (var state in machineInfo.States)
        {
            var name = GraphText.Name(state);
            var sanitized = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_')]);
            if (sanitized == name && sanitized.Length > 0)
            {
                ids[state] = name;
                continue;
            }

            var alias = sanitized.Length == 0 ? "state" : sanitized;
            for (var suffix = 1; taken.Contains(alias); suffix++)
            {
                alias = $"{sanitized}_{suffix}";
            }

            taken.Add(alias);
            ids[state] = alias;
        }

        return ids;
    }
}
