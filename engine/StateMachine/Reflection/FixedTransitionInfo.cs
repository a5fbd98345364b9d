namespace ReferralSim.Engine.StateMachine.Reflection;

/// <summary>A transition to a known destination (permit, reentry or internal).</summary>
public sealed class FixedTransitionInfo : TransitionInfo
{
    internal FixedTransitionInfo(TriggerInfo trigger, IReadOnlyList<InvocationInfo> guards, bool isInternal, StateInfo destination)
        : base(trigger, guards, isInternal) => DestinationState = destination;

    /// <summary>The state the transition leads to; the source itself for reentry and internal transitions.</summary>
    public StateInfo DestinationState { get; }
}
