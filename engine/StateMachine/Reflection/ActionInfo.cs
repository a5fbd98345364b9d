namespace ReferralSim.Engine.StateMachine.Reflection;

/// <summary>An entry action, with the trigger it is restricted to if any.</summary>
public sealed class ActionInfo
{
    internal ActionInfo(InvocationInfo method, string? fromTrigger)
    {
        Method = method;
        FromTrigger = fromTrigger;
    }

    /// <summary>The action's description.</summary>
    public InvocationInfo Method { get; }

    /// <summary>The trigger (as text) an <c>OnEntryFrom</c> action is bound to; null for plain entry actions.</summary>
    public string? FromTrigger { get; }
}
