using ReferralSim.Engine.StateMachine.Reflection;

namespace ReferralSim.Engine.StateMachine;

internal sealed class GuardCondition(Func<bool> predicate, InvocationInfo method)
{
    public InvocationInfo Method { get; } = method;

    public string Description => Method.Description;

    public bool IsMet() => predicate();
}
