using System.Diagnostics.CodeAnalysis;

namespace ReferralSim.Engine.StateMachine;

/// <summary>One state's configuration and its place in the hierarchy.</summary>
internal sealed class StateRepresentation<TState, TTrigger>(TState state)
    where TState : notnull
    where TTrigger : notnull
{
    private readonly List<StateRepresentation<TState, TTrigger>> _substates = [];

    public TState UnderlyingState { get; } = state;

    public StateRepresentation<TState, TTrigger>? Superstate { get; private set; }

    public IReadOnlyList<StateRepresentation<TState, TTrigger>> Substates => _substates;

    // A list per trigger keeps configuration order, which the reflection model reports.
    public Dictionary<TTrigger, List<TriggerBehaviour<TState, TTrigger>>> TriggerBehaviours { get; } = [];

    public List<ActionBehaviour<TState, TTrigger>> EntryActions { get; } = [];

    public List<ActionBehaviour<TState, TTrigger>> ExitActions { get; } = [];

    public TState? InitialTransitionTarget { get; private set; }

    [MemberNotNullWhen(true, nameof(InitialTransitionTarget))]
    public bool HasInitialTransition { get; private set; }

    public void AddTriggerBehaviour(TriggerBehaviour<TState, TTrigger> behaviour)
    {
        if (!TriggerBehaviours.TryGetValue(behaviour.Trigger, out var list))
        {
            list = [];
            TriggerBehaviours.Add(behaviour.Trigger, list);
        }

        list.Add(behaviour);
    }

    public void SetSuperstate(StateRepresentation<TState, TTrigger> superstate)
    {
        Superstate?._substates.Remove(this);
        Superstate = superstate;
        superstate._substates.Add(this);
    }

    public void SetInitialTransition(TState target)
    {
        InitialTransitionTarget = target;
        HasInitialTransition = true;
    }

    /// <summary>This state or one of its descendants.</summary>
    public bool Includes(TState state) =>
        UnderlyingState.Equals(state) || _substates.Exists(s => s.Includes(state));

    /// <summary>This state or one of its ancestors.</summary>
    public bool IsIncludedIn(TState state) =>
        UnderlyingState.Equals(state) || (Superstate is not null && Superstate.IsIncludedIn(state));

    /// <summary>
    /// The nearest handler whose guards pass, searching this state then its superstates.
    /// Descriptions of guards that failed on the way are added to <paramref name="unmetGuards"/>.
    /// </summary>
    public TriggerBehaviour<TState, TTrigger>? FindHandler(TTrigger trigger, ICollection<string> unmetGuards)
    {
        for (var representation = this; representation is not null; representation = representation.Superstate)
        {
            var handler = representation.FindLocalHandler(trigger, unmetGuards);
            if (handler is not null)
            {
                return handler;
            }
        }

        return null;
    }

    public IEnumerable<TTrigger> PermittedTriggers()
    {
        var local = TriggerBehaviours
            .Where(kv => kv.Value.Exists(b => b.Guard.UnmetGuardConditions().Count == 0))
            .Select(kv => kv.Key);
        return Superstate is null ? local : local.Union(Superstate.PermittedTriggers());
    }

    public void Enter(StateMachine<TState, TTrigger>.Transition transition)
    {
        if (transition.IsReentry)
        {
            Execute(EntryActions, transition);
        }
        else if (!Includes(transition.Source))
        {
            // An initial transition starts inside the superstate, which is therefore already entered.
            if (Superstate is not null && transition is not StateMachine<TState, TTrigger>.InitialTransition)
            {
                Superstate.Enter(transition);
            }

            Execute(EntryActions, transition);
        }
    }

    public void Exit(StateMachine<TState, TTrigger>.Transition transition)
    {
        if (transition.IsReentry)
        {
            Execute(ExitActions, transition);
        }
        else if (!Includes(transition.Destination))
        {
            Execute(ExitActions, transition);

            // Moving to an ancestor leaves everything below it but not the ancestor itself.
            if (Superstate is not null && !Superstate.UnderlyingState.Equals(transition.Destination))
            {
                Superstate.Exit(transition);
            }
        }
    }

    private TriggerBehaviour<TState, TTrigger>? FindLocalHandler(TTrigger trigger, ICollection<string> unmetGuards)
    {
        if (!TriggerBehaviours.TryGetValue(trigger, out var candidates))
        {
            return null;
        }

        var passing = new List<TriggerBehaviour<TState, TTrigger>>();
        foreach (var candidate in candidates)
        {
            var unmet = candidate.Guard.UnmetGuardConditions();
            if (unmet.Count == 0)
            {
                passing.Add(candidate);
            }

            foreach (var description in unmet.Where(d => !unmetGuards.Contains(d)))
            {
                unmetGuards.Add(description);
            }
        }

        if (passing.Count > 1)
        {
            throw new InvalidOperationException(
                $"Multiple permitted transitions are configured from state '{UnderlyingState}' for trigger '{trigger}': "
                + $"{string.Join("; ", passing.Select(b => b.Describe()))}. Guard clauses must be mutually exclusive.");
        }

        return passing.Count == 1 ? passing[0] : null;
    }

    private static void Execute(List<ActionBehaviour<TState, TTrigger>> actions, StateMachine<TState, TTrigger>.Transition transition)
    {
        foreach (var action in actions)
        {
            action.Execute(transition);
        }
    }
}
