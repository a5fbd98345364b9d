namespace ReferralSim.Engine.StateMachine.Reflection;

/// <summary>One state of the machine: hierarchy, behaviours and actions.</summary>
public sealed class StateInfo
{
    private readonly List<StateInfo> _substates = [];
    private readonly List<FixedTransitionInfo> _fixedTransitions = [];

    internal StateInfo(
        object underlyingState,
        IReadOnlyList<ActionInfo> entryActions,
        IReadOnlyList<InvocationInfo> exitActions,
        IReadOnlyList<IgnoredTransitionInfo> ignoredTriggers,
        object? initialTransitionTarget)
    {
        UnderlyingState = underlyingState;
        EntryActions = entryActions;
        ExitActions = exitActions;
        IgnoredTriggers = ignoredTriggers;
        InitialTransitionTarget = initialTransitionTarget;
    }

    /// <summary>The state value.</summary>
    public object UnderlyingState { get; }

    /// <summary>Direct substates, in configuration order.</summary>
    public IReadOnlyList<StateInfo> Substates => _substates;

    /// <summary>The direct superstate, if any.</summary>
    public StateInfo? Superstate { get; private set; }

    /// <summary>Entry actions in execution order.</summary>
    public IReadOnlyList<ActionInfo> EntryActions { get; }

    /// <summary>Exit actions in execution order.</summary>
    public IReadOnlyList<InvocationInfo> ExitActions { get; }

    /// <summary>Permitted, reentry and internal transitions, in configuration order.</summary>
    public IReadOnlyList<FixedTransitionInfo> FixedTransitions => _fixedTransitions;

    /// <summary>All transitions (this library has no dynamic transitions, so the fixed ones).</summary>
    public IEnumerable<TransitionInfo> Transitions => _fixedTransitions;

    /// <summary>Triggers this state ignores.</summary>
    public IReadOnlyList<IgnoredTransitionInfo> IgnoredTriggers { get; }

    /// <summary>The substate entered automatically when this state is entered; null if none.</summary>
    public object? InitialTransitionTarget { get; }

    // Relationships are wired after every StateInfo exists, because they refer to each other.
    internal void Link(StateInfo? superstate, IEnumerable<StateInfo> substates, IEnumerable<FixedTransitionInfo> transitions)
    {
        Superstate = superstate;
        _substates.AddRange(substates);
        _fixedTransitions.AddRange(transitions);
    }

    /// <inheritdoc />
    public override string ToString() => UnderlyingState.ToString() ?? string.Empty;
}
