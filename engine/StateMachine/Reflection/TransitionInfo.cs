namespace ReferralSim.Engine.StateMachine.Reflection;

/// <summary>Common shape of every configured trigger behaviour.</summary>
public abstract class TransitionInfo
{
    private protected TransitionInfo(TriggerInfo trigger, IReadOnlyList<InvocationInfo> guards, bool isInternal)
    {
        Trigger = trigger;
        GuardConditionsMethodDescriptions = guards;
        IsInternalTransition = isInternal;
    }

    /// <summary>The trigger that selects this behaviour.</summary>
    public TriggerInfo Trigger { get; }

    /// <summary>Guards that must all pass; empty when unguarded.</summary>
    public IReadOnlyList<InvocationInfo> GuardConditionsMethodDescriptions { get; }

    /// <summary>True for internal transitions (no exit or entry).</summary>
    public bool IsInternalTransition { get; }
}
