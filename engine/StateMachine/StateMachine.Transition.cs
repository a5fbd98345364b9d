namespace ReferralSim.Engine.StateMachine;

public partial class StateMachine<TState, TTrigger>
{
    /// <summary>Describes a state transition.</summary>
    public class Transition(TState source, TState destination, TTrigger trigger)
    {
        /// <summary>The state transitioned from.</summary>
        public TState Source { get; } = source;

        /// <summary>The state transitioned to.</summary>
        public TState Destination { get; } = destination;

        /// <summary>The trigger that caused the transition.</summary>
        public TTrigger Trigger { get; } = trigger;

        /// <summary>True for the identity transition (source equals destination).</summary>
        public bool IsReentry => Source.Equals(Destination);
    }
}
