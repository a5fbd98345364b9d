namespace ReferralSim.Engine.StateMachine;

public partial class StateMachine<TState, TTrigger>
{
    /// <summary>
    /// The automatic move from a superstate into its initial substate. Entering it does not
    /// re-run the superstate's entry actions, which is why it is a distinct type.
    /// </summary>
    public sealed class InitialTransition(TState source, TState destination, TTrigger trigger)
        : Transition(source, destination, trigger);
}
