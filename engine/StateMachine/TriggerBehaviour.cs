namespace ReferralSim.Engine.StateMachine;

/// <summary>What a state does with one trigger, subject to a guard.</summary>
internal abstract class TriggerBehaviour<TState, TTrigger>(TTrigger trigger, TransitionGuard guard)
    where TState : notnull
    where TTrigger : notnull
{
    public TTrigger Trigger { get; } = trigger;

    public TransitionGuard Guard { get; } = guard;

    /// <summary>Names the behaviour in the "guards are not mutually exclusive" error.</summary>
    public string Describe()
    {
        var guards = string.Join(", ", Guard.Conditions.Select(c => c.Description));
        return guards.Length == 0 ? DescribeOutcome() : $"{DescribeOutcome()} [{guards}]";
    }

    protected abstract string DescribeOutcome();
}
