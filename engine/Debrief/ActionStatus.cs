namespace ReferralSim.Engine.Debrief;

/// <summary>What became of a critical action or a legal duty.</summary>
public enum ActionStatus
{
    /// <summary>Done, and it has no deadline (or its deadline's starting point never came).</summary>
    Done,
    OnTime,
    Late,
    NotDone,
}
