using ReferralSim.Engine.StateMachine.Reflection;

namespace ReferralSim.Engine.StateMachine.Graph;

/// <summary>Text shared by the exporters, so DOT and Mermaid label things the same way.</summary>
internal static class GraphText
{
    public static string Name(StateInfo state) => state.UnderlyingState.ToString() ?? string.Empty;

    /// <summary>"trigger [guard] [guard]", the UML transition label, one bracket per guard.</summary>
    public static string EdgeLabel(TransitionInfo transition) =>
        string.Join(' ', transition.GuardConditionsMethodDescriptions
            .Select(g => $"[{g.Description}]")
            .Prepend(transition.Trigger.ToString()));

    public static IEnumerable<StateInfo> TopLevel(StateMachineInfo machine) =>
        machine.States.Where(s => s.Superstate is null);

    /// <summary>True if <paramref name="state"/> is <paramref name="ancestor"/> or nested in it.</summary>
    public static bool IsWithin(StateInfo state, StateInfo ancestor)
    {
        for (StateInfo? s = state; s is not null; s = s.Superstate)
        {
            if (ReferenceEquals(s, ancestor))
            {
                return true;
            }
        }

        return false;
    }
}
