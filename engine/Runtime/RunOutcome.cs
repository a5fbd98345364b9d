namespace ReferralSim.Engine.Runtime;

/// <summary>How a run ended: an authored ending's outcome, the clock's limit, or the facilitator.</summary>
public enum RunOutcome
{
    Referred,
    Declined,
    Lost,
    TimeUp,
    EndedByFacilitator,
}
