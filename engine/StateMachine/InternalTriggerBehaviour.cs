namespace ReferralSim.Engine.StateMachine;

internal sealed class InternalTriggerBehaviour<TState, TTrigger>(
    TTrigger trigger,
    TransitionGuard guard,
    Action<StateMachine<TState, TTrigger>.Transition> action)
    : TriggerBehaviour<TState, TTrigger>(trigger, guard)
    where TState : notnull
    where TTrigger : notnull
{
    public void Execute(StateMachine<TState, TTrigger>.Transition transition) => action(transition);

    protected override string DescribeOutcome() => "internal transition";
}
