namespace ReferralSim.Engine.StateMachine;

internal sealed class IgnoredTriggerBehaviour<TState, TTrigger>(TTrigger trigger, TransitionGuard guard)
    : TriggerBehaviour<TState, TTrigger>(trigger, guard)
    where TState : notnull
    where TTrigger : notnull
{
    protected override string DescribeOutcome() => "ignore";
}
