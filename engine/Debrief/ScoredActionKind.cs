namespace ReferralSim.Engine.Debrief;

public enum ScoredActionKind
{
    CriticalAction,
    LegalDuty,
}
