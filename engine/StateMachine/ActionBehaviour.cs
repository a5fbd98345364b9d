using ReferralSim.Engine.StateMachine.Reflection;

namespace ReferralSim.Engine.StateMachine;

/// <summary>An entry or exit action; <see cref="FromTrigger"/> is only set by OnEntryFrom.</summary>
internal sealed class ActionBehaviour<TState, TTrigger>(
    Action<StateMachine<TState, TTrigger>.Transition> action,
    InvocationInfo description,
    string? fromTrigger = null)
    where TState : notnull
    where TTrigger : notnull
{
    public InvocationInfo Description { get; } = description;

    public string? FromTrigger { get; } = fromTrigger;

    public void Execute(StateMachine<TState, TTrigger>.Transition transition) => action(transition);
}
