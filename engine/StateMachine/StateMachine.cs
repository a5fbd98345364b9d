namespace ReferralSim.Engine.StateMachine;

/// <summary>
/// A hierarchical state machine mirroring the Stateless 5.x API subset ReferralSim uses.
/// State is never cached: every read goes through the accessor, so external storage stays authoritative.
/// </summary>
public partial class StateMachine<TState, TTrigger>
    where TState : notnull
    where TTrigger : notnull
{
    // Insertion order is configuration order, which keeps GetInfo and the graphs deterministic.
    private readonly Dictionary<TState, StateRepresentation<TState, TTrigger>> _states = [];
    private readonly Func<TState> _stateAccessor;
    private readonly Action<TState> _stateMutator;
    private readonly FiringMode _firingMode;
    private readonly List<Action<Transition>> _onTransitioned = [];
    private readonly List<Action<Transition>> _onTransitionCompleted = [];
    private readonly Queue<TTrigger> _queue = new();
    private Action<TState, TTrigger, ICollection<string>>? _unhandledTriggerAction;
    private bool _firing;

    /// <summary>A machine that stores its own state, starting in <paramref name="initialState"/>.</summary>
    public StateMachine(TState initialState)
        : this(initialState, FiringMode.Queued)
    {
    }

    /// <summary>A machine that stores its own state, starting in <paramref name="initialState"/>.</summary>
    public StateMachine(TState initialState, FiringMode firingMode)
    {
        var state = initialState;
        _stateAccessor = () => state;
        _stateMutator = s => state = s;
        _firingMode = firingMode;
    }

    /// <summary>A machine whose state lives elsewhere, read and written through the given delegates.</summary>
    public StateMachine(Func<TState> stateAccessor, Action<TState> stateMutator)
        : this(stateAccessor, stateMutator, FiringMode.Queued)
    {
    }

    /// <summary>A machine whose state lives elsewhere, read and written through the given delegates.</summary>
    public StateMachine(Func<TState> stateAccessor, Action<TState> stateMutator, FiringMode firingMode)
    {
        ArgumentNullException.ThrowIfNull(stateAccessor);
        ArgumentNullException.ThrowIfNull(stateMutator);
        _stateAccessor = stateAccessor;
        _stateMutator = stateMutator;
        _firingMode = firingMode;
    }

    /// <summary>The current state.</summary>
    public TState State
    {
        get => _stateAccessor();
        private set => _stateMutator(value);
    }

    /// <summary>Triggers whose guards pass in the current state, own ones first, then inherited.</summary>
    public IEnumerable<TTrigger> PermittedTriggers => CurrentRepresentation.PermittedTriggers();

    private StateRepresentation<TState, TTrigger> CurrentRepresentation => GetRepresentation(State);

    /// <summary>Begin configuring <paramref name="state"/>.</summary>
    public StateConfiguration Configure(TState state) => new(this, GetRepresentation(state), GetRepresentation);

    /// <summary>True if the current state is <paramref name="state"/> or one of its substates.</summary>
    public bool IsInState(TState state) => CurrentRepresentation.IsIncludedIn(state);

    /// <summary>True if <paramref name="trigger"/> would be handled in the current state.</summary>
    public bool CanFire(TTrigger trigger) => CanFire(trigger, out _);

    /// <summary>As <see cref="CanFire(TTrigger)"/>, also reporting the descriptions of guards that failed.</summary>
    public bool CanFire(TTrigger trigger, out ICollection<string> unmetGuards)
    {
        var unmet = new List<string>();
        var handler = CurrentRepresentation.FindHandler(trigger, unmet);
        unmetGuards = unmet;
        return handler is not null;
    }

    /// <summary>Called after the state has changed and before entry actions run.</summary>
    public void OnTransitioned(Action<Transition> onTransitionAction)
    {
        ArgumentNullException.ThrowIfNull(onTransitionAction);
        _onTransitioned.Add(onTransitionAction);
    }

    /// <summary>Called once a transition, including entry actions and initial transitions, has finished.</summary>
    public void OnTransitionCompleted(Action<Transition> onTransitionAction)
    {
        ArgumentNullException.ThrowIfNull(onTransitionAction);
        _onTransitionCompleted.Add(onTransitionAction);
    }

    /// <summary>Replace the default of throwing when a trigger is not handled.</summary>
    public void OnUnhandledTrigger(Action<TState, TTrigger> unhandledTriggerAction)
    {
        ArgumentNullException.ThrowIfNull(unhandledTriggerAction);
        _unhandledTriggerAction = (state, trigger, _) => unhandledTriggerAction(state, trigger);
    }

    /// <summary>Replace the default of throwing when a trigger is not handled; receives the unmet guard descriptions.</summary>
    public void OnUnhandledTrigger(Action<TState, TTrigger, ICollection<string>> unhandledTriggerAction)
    {
        ArgumentNullException.ThrowIfNull(unhandledTriggerAction);
        _unhandledTriggerAction = unhandledTriggerAction;
    }

    /// <summary>
    /// Handle <paramref name="trigger"/> in the current state. In queued mode a trigger fired while
    /// another is being handled waits until that one has completed.
    /// </summary>
    /// <exception cref="InvalidOperationException">The trigger is not handled and no unhandled-trigger action is set.</exception>
    public void Fire(TTrigger trigger)
    {
        if (_firingMode == FiringMode.Immediate)
        {
            FireOne(trigger);
            return;
        }

        _queue.Enqueue(trigger);
        if (_firing)
        {
            return;
        }

        _firing = true;
        try
        {
            while (_queue.TryDequeue(out var next))
            {
                FireOne(next);
            }
        }
        catch
        {
            // Triggers queued by a transition that failed must not leak into the next Fire.
            _queue.Clear();
            throw;
        }
        finally
        {
            _firing = false;
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"StateMachine {{ State = {State}, PermittedTriggers = {{ {string.Join(", ", PermittedTriggers)} }}}}";

    private StateRepresentation<TState, TTrigger> GetRepresentation(TState state)
    {
        if (!_states.TryGetValue(state, out var representation))
        {
            representation = new StateRepresentation<TState, TTrigger>(state);
            _states.Add(state, representation);
        }

        return representation;
    }

    // Handler lookup and guard evaluation finish before any action runs, so a failure here changes nothing.
    private void FireOne(TTrigger trigger)
    {
        var source = State;
        var representation = GetRepresentation(source);
        var unmetGuards = new List<string>();
        switch (representation.FindHandler(trigger, unmetGuards))
        {
            case null:
                Unhandled(source, trigger, unmetGuards);
                break;
            case IgnoredTriggerBehaviour<TState, TTrigger>:
                break;
            case ReentryTriggerBehaviour<TState, TTrigger> reentry:
                Reenter(representation, new Transition(source, reentry.Destination, trigger));
                break;
            case TransitioningTriggerBehaviour<TState, TTrigger> transitioning:
                Transit(representation, new Transition(source, transitioning.Destination, trigger));
                break;
            case InternalTriggerBehaviour<TState, TTrigger> internalTransition:
                internalTransition.Execute(new Transition(source, source, trigger));
                break;
            default:
                throw new InvalidOperationException($"No handling is defined for the behaviour of trigger '{trigger}'.");
        }
    }

    private void Transit(StateRepresentation<TState, TTrigger> source, Transition transition)
    {
        source.Exit(transition);
        State = transition.Destination;
        Notify(_onTransitioned, transition);
        var final = EnterState(GetRepresentation(transition.Destination), transition);
        if (!final.UnderlyingState.Equals(State))
        {
            State = final.UnderlyingState;
        }

        Notify(_onTransitionCompleted, new Transition(transition.Source, State, transition.Trigger));
    }

    // A reentry configured on a superstate, fired from a substate, first leaves the substate
    // and then behaves as a reentry of the superstate itself.
    private void Reenter(StateRepresentation<TState, TTrigger> source, Transition transition)
    {
        source.Exit(transition);
        var destination = GetRepresentation(transition.Destination);
        if (!transition.IsReentry)
        {
            transition = new Transition(transition.Destination, transition.Destination, transition.Trigger);
            destination.Exit(transition);
        }

        State = transition.Destination;
        Notify(_onTransitioned, transition);
        State = EnterState(destination, transition).UnderlyingState;
        Notify(_onTransitionCompleted, transition);
    }

    /// <summary>Runs entry actions, then follows initial transitions down; returns the state finally entered.</summary>
    private StateRepresentation<TState, TTrigger> EnterState(StateRepresentation<TState, TTrigger> representation, Transition transition)
    {
        representation.Enter(transition);

        // In immediate mode an entry action may have fired a trigger that already completed,
        // initial transitions included; we are no longer in this state, so stop here.
        if (!State.Equals(representation.UnderlyingState))
        {
            return GetRepresentation(State);
        }

        if (!representation.HasInitialTransition)
        {
            return representation;
        }

        var target = representation.InitialTransitionTarget;
        if (!representation.Substates.Any(s => s.UnderlyingState.Equals(target)))
        {
            throw new InvalidOperationException(
                $"The target ({target}) for the initial transition of {representation.UnderlyingState} is not a substate.");
        }

        State = target;
        Notify(_onTransitioned, new Transition(representation.UnderlyingState, target, transition.Trigger));
        return EnterState(GetRepresentation(target), new InitialTransition(transition.Source, target, transition.Trigger));
    }

    private void Unhandled(TState state, TTrigger trigger, List<string> unmetGuards)
    {
        if (_unhandledTriggerAction is not null)
        {
            _unhandledTriggerAction(state, trigger, unmetGuards);
            return;
        }

        throw new InvalidOperationException(unmetGuards.Count > 0
            ? $"Trigger '{trigger}' is valid for transition from state '{state}' but guard conditions are not met. Guard descriptions: '{string.Join(", ", unmetGuards)}'."
            : $"No valid leaving transitions are permitted from state '{state}' for trigger '{trigger}'. Consider ignoring the trigger.");
    }

    private static void Notify(List<Action<Transition>> handlers, Transition transition)
    {
        foreach (var handler in handlers)
        {
            handler(transition);
        }
    }
}
