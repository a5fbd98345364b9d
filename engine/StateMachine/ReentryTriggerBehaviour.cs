namespace ReferralSim.Engine.StateMachine;

internal sealed class ReentryTriggerBehaviour<TState, TTrigger>(TTrigger trigger, TState destination, TransitionGuard guard)
    : TriggerBehaviour<TState, TTrigger>(trigger, guard)
    where TState : notnull
    where TTrigger : notnull
{
    /// <summary>The state that was configured with PermitReentry (may be a superstate of the current one).</summary>
    public TState Destination { get; } = destination;

    protected override string DescribeOutcome() => $"reentry of '{Destination}'";
}
