namespace ReferralSim.Engine.StateMachine;

internal sealed class TransitioningTriggerBehaviour<TState, TTrigger>(TTrigger trigger, TState destination, TransitionGuard guard)
    : TriggerBehaviour<TState, TTrigger>(trigger, guard)
    where TState : notnull
    where TTrigger : notnull
{
    public TState Destination { get; } = destination;

    protected override string DescribeOutcome() => $"to '{Destination}'";
}
