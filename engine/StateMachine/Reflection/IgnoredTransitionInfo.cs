namespace ReferralSim.Engine.StateMachine.Reflection;

/// <summary>A trigger the state accepts without doing anything.</summary>
public sealed class IgnoredTransitionInfo : TransitionInfo
{
    internal IgnoredTransitionInfo(TriggerInfo trigger, IReadOnlyList<InvocationInfo> guards)
        : base(trigger, guards, isInternal: false)
    {
    }
}
