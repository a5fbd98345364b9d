namespace ReferralSim.Engine.Debrief;

public enum TimelineKind
{
    ReasonableGrounds,
    Revealed,
    Noted,
    Action,
    Message,
    Referral,
    Harm,
    Ended,
}
