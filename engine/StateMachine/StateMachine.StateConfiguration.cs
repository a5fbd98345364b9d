using ReferralSim.Engine.StateMachine.Reflection;

namespace ReferralSim.Engine.StateMachine;

public partial class StateMachine<TState, TTrigger>
{
    /// <summary>Fluent configuration of one state; every method returns the receiver.</summary>
    public sealed class StateConfiguration
    {
        private readonly StateRepresentation<TState, TTrigger> _representation;
        private readonly Func<TState, StateRepresentation<TState, TTrigger>> _lookup;

        internal StateConfiguration(
            StateMachine<TState, TTrigger> machine,
            StateRepresentation<TState, TTrigger> representation,
            Func<TState, StateRepresentation<TState, TTrigger>> lookup)
        {
            Machine = machine;
            _representation = representation;
            _lookup = lookup;
        }

        /// <summary>The state being configured.</summary>
        public TState State => _representation.UnderlyingState;

        /// <summary>The machine this configuration belongs to.</summary>
        public StateMachine<TState, TTrigger> Machine { get; }

        /// <summary>Accept <paramref name="trigger"/> and move to <paramref name="destinationState"/>.</summary>
        public StateConfiguration Permit(TTrigger trigger, TState destinationState) =>
            AddTransition(trigger, destinationState, TransitionGuard.None);

        /// <summary>As <see cref="Permit"/>, only while <paramref name="guard"/> returns true.</summary>
        public StateConfiguration PermitIf(TTrigger trigger, TState destinationState, Func<bool> guard, string? guardDescription = null)
        {
            ArgumentNullException.ThrowIfNull(guard);
            return AddTransition(trigger, destinationState, TransitionGuard.Of(guard, guardDescription));
        }

        /// <summary>As <see cref="Permit"/>, only while every guard returns true.</summary>
        public StateConfiguration PermitIf(TTrigger trigger, TState destinationState, params Tuple<Func<bool>, string>[] guards)
        {
            ArgumentNullException.ThrowIfNull(guards);
            return AddTransition(trigger, destinationState, TransitionGuard.Of(guards));
        }

        /// <summary>Accept <paramref name="trigger"/> by exiting and re-entering this state (not its superstates).</summary>
        public StateConfiguration PermitReentry(TTrigger trigger) =>
            Add(new ReentryTriggerBehaviour<TState, TTrigger>(trigger, State, TransitionGuard.None));

        /// <summary>As <see cref="PermitReentry"/>, only while <paramref name="guard"/> returns true.</summary>
        public StateConfiguration PermitReentryIf(TTrigger trigger, Func<bool> guard, string? guardDescription = null)
        {
            ArgumentNullException.ThrowIfNull(guard);
            return Add(new ReentryTriggerBehaviour<TState, TTrigger>(trigger, State, TransitionGuard.Of(guard, guardDescription)));
        }

        /// <summary>Run <paramref name="entryAction"/> on <paramref name="trigger"/> without leaving the state.</summary>
        public StateConfiguration InternalTransition(TTrigger trigger, Action<Transition> entryAction)
        {
            ArgumentNullException.ThrowIfNull(entryAction);
            return Add(new InternalTriggerBehaviour<TState, TTrigger>(trigger, TransitionGuard.None, entryAction));
        }

        /// <summary>Run <paramref name="internalAction"/> on <paramref name="trigger"/> without leaving the state.</summary>
        public StateConfiguration InternalTransition(TTrigger trigger, Action internalAction)
        {
            ArgumentNullException.ThrowIfNull(internalAction);
            return InternalTransition(trigger, _ => internalAction());
        }

        /// <summary>
        /// As <see cref="InternalTransition(TTrigger, Action{Transition})"/>, only while the guard passes.
        /// The guard receives the trigger arguments, always empty here; the shape matches Stateless.
        /// </summary>
        public StateConfiguration InternalTransitionIf(TTrigger trigger, Func<object[], bool> guard, Action<Transition> entryAction, string? guardDescription = null)
        {
            ArgumentNullException.ThrowIfNull(guard);
            ArgumentNullException.ThrowIfNull(entryAction);
            var condition = new GuardCondition(() => guard([]), InvocationInfo.Create(guard, guardDescription));
            return Add(new InternalTriggerBehaviour<TState, TTrigger>(trigger, new TransitionGuard([condition]), entryAction));
        }

        /// <summary>Accept <paramref name="trigger"/> and do nothing.</summary>
        public StateConfiguration Ignore(TTrigger trigger) =>
            Add(new IgnoredTriggerBehaviour<TState, TTrigger>(trigger, TransitionGuard.None));

        /// <summary>As <see cref="Ignore"/>, only while <paramref name="guard"/> returns true.</summary>
        public StateConfiguration IgnoreIf(TTrigger trigger, Func<bool> guard, string? guardDescription = null)
        {
            ArgumentNullException.ThrowIfNull(guard);
            return Add(new IgnoredTriggerBehaviour<TState, TTrigger>(trigger, TransitionGuard.Of(guard, guardDescription)));
        }

        /// <summary>Make this state a substate of <paramref name="superstate"/>; it inherits the superstate's triggers.</summary>
        public StateConfiguration SubstateOf(TState superstate)
        {
            if (State.Equals(superstate))
            {
                throw new ArgumentException(
                    $"Configuring {State} as a substate of {superstate} creates an illegal cyclic configuration.", nameof(superstate));
            }

            var parent = _lookup(superstate);
            if (parent.IsIncludedIn(State))
            {
                throw new ArgumentException(
                    $"Configuring {State} as a substate of {superstate} creates an illegal nested cyclic configuration: {superstate} is already inside {State}.",
                    nameof(superstate));
            }

            _representation.SetSuperstate(parent);
            return this;
        }

        /// <summary>Entering this state continues into <paramref name="targetState"/>, which must be a direct substate.</summary>
        public StateConfiguration InitialTransition(TState targetState)
        {
            if (_representation.HasInitialTransition)
            {
                throw new InvalidOperationException($"State {State} has already been configured with an initial transition.");
            }

            if (targetState.Equals(State))
            {
                throw new ArgumentException("Setting the current state as the target destination state is not allowed.", nameof(targetState));
            }

            _representation.SetInitialTransition(targetState);
            return this;
        }

        /// <summary>Run <paramref name="entryAction"/> whenever the state is entered.</summary>
        public StateConfiguration OnEntry(Action entryAction, string? entryActionDescription = null)
        {
            ArgumentNullException.ThrowIfNull(entryAction);
            return AddEntry(_ => entryAction(), InvocationInfo.Create(entryAction, entryActionDescription), null);
        }

        /// <summary>Run <paramref name="entryAction"/> whenever the state is entered.</summary>
        public StateConfiguration OnEntry(Action<Transition> entryAction, string? entryActionDescription = null)
        {
            ArgumentNullException.ThrowIfNull(entryAction);
            return AddEntry(entryAction, InvocationInfo.Create(entryAction, entryActionDescription), null);
        }

        /// <summary>Run <paramref name="entryAction"/> when the state is entered via <paramref name="trigger"/>.</summary>
        public StateConfiguration OnEntryFrom(TTrigger trigger, Action entryAction, string? entryActionDescription = null)
        {
            ArgumentNullException.ThrowIfNull(entryAction);
            return OnEntryFrom(trigger, _ => entryAction(), InvocationInfo.Create(entryAction, entryActionDescription));
        }

        /// <summary>Run <paramref name="entryAction"/> when the state is entered via <paramref name="trigger"/>.</summary>
        public StateConfiguration OnEntryFrom(TTrigger trigger, Action<Transition> entryAction, string? entryActionDescription = null)
        {
            ArgumentNullException.ThrowIfNull(entryAction);
            return OnEntryFrom(trigger, entryAction, InvocationInfo.Create(entryAction, entryActionDescription));
        }

        /// <summary>Run <paramref name="exitAction"/> whenever the state is left.</summary>
        public StateConfiguration OnExit(Action exitAction, string? exitActionDescription = null)
        {
            ArgumentNullException.ThrowIfNull(exitAction);
            _representation.ExitActions.Add(new(_ => exitAction(), InvocationInfo.Create(exitAction, exitActionDescription)));
            return this;
        }

        /// <summary>Run <paramref name="exitAction"/> whenever the state is left.</summary>
        public StateConfiguration OnExit(Action<Transition> exitAction, string? exitActionDescription = null)
        {
            ArgumentNullException.ThrowIfNull(exitAction);
            _representation.ExitActions.Add(new(exitAction, InvocationInfo.Create(exitAction, exitActionDescription)));
            return this;
        }

        private StateConfiguration OnEntryFrom(TTrigger trigger, Action<Transition> entryAction, InvocationInfo description) =>
            AddEntry(
                t =>
                {
                    if (t.Trigger.Equals(trigger))
                    {
                        entryAction(t);
                    }
                },
                description,
                trigger.ToString());

        private StateConfiguration AddEntry(Action<Transition> action, InvocationInfo description, string? fromTrigger)
        {
            _representation.EntryActions.Add(new(action, description, fromTrigger));
            return this;
        }

        private StateConfiguration AddTransition(TTrigger trigger, TState destinationState, TransitionGuard guard)
        {
            if (destinationState.Equals(State))
            {
                throw new ArgumentException(
                    "Permit() (and PermitIf()) require that the destination state is not equal to the source state. "
                    + "To accept a trigger without changing state, use either Ignore() or PermitReentry().",
                    nameof(destinationState));
            }

            return Add(new TransitioningTriggerBehaviour<TState, TTrigger>(trigger, destinationState, guard));
        }

        private StateConfiguration Add(TriggerBehaviour<TState, TTrigger> behaviour)
        {
            _representation.AddTriggerBehaviour(behaviour);
            return this;
        }
    }
}
