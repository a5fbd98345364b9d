namespace ReferralSim.Engine.StateMachine.Reflection;

/// <summary>A snapshot of a machine's configuration, the input of the graph exporters.</summary>
public sealed class StateMachineInfo
{
    internal StateMachineInfo(IReadOnlyList<StateInfo> states, Type stateType, Type triggerType, StateInfo initialState)
    {
        States = states;
        StateType = stateType;
        TriggerType = triggerType;
        InitialState = initialState;
    }

    /// <summary>Every configured or referenced state, in configuration order.</summary>
    public IReadOnlyList<StateInfo> States { get; }

    /// <summary>The state type parameter.</summary>
    public Type StateType { get; }

    /// <summary>The trigger type parameter.</summary>
    public Type TriggerType { get; }

    /// <summary>The machine's current state when the snapshot was taken.</summary>
    public StateInfo InitialState { get; }
}
