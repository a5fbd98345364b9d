namespace ReferralSim.Engine.StateMachine.Reflection;

/// <summary>A trigger as seen through reflection.</summary>
public sealed class TriggerInfo
{
    internal TriggerInfo(object underlyingTrigger) => UnderlyingTrigger = underlyingTrigger;

    /// <summary>The trigger value.</summary>
    public object UnderlyingTrigger { get; }

    /// <inheritdoc />
    public override string ToString() => UnderlyingTrigger.ToString() ?? string.Empty;
}
